package org.warta.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.cameo.CameoCodes;

/**
 * Turns a PETRARCH-style CAMEO verb dictionary (PETRARCH2's English {@code CAMEO.2.0.txt}, UniversalPetrarch's
 * Spanish {@code verbpatterns_es}) into Warta event patterns, the {@code events-petrarch.tsv} format of
 * docs/events.md.
 *
 * <p>The dictionaries name synonym sets ({@code &CURRENCY} and its {@code +MEMBER} lines), then blocks of verbs
 * ({@code --- NAME [code] ---}, one verb a line, its irregular forms in braces, its own code in brackets) followed by
 * patterns that hold for every verb of the block: {@code - words * words [code]}, where {@code *} is the verb,
 * {@code $} the source, {@code +} the target, {@code %} actors acting on each other, {@code ^} a skipped phrase,
 * {@code {A B}} a noun phrase and {@code (PREP A)} a prepositional phrase. Warta has no parser, so the structure
 * becomes word order: the words of a noun phrase stay together, the others may have up to a few words between
 * them. Each block's verb forms (inflected from the base form where the dictionary gives none) become a set line,
 * {@code &NAME<TAB>form|form|...}, that the block's patterns name; a synonym set likewise. What Warta cannot say (a
 * pattern with no code, a code that is not CAMEO's) is counted and left out.
 */
public final class VerbDictionary {
    /** The dictionary formats read. */
    public enum Format {
        /** PETRARCH2: English verbs in their base form, with irregular forms in braces. */
        PETRARCH2("en"),
        /** UniversalPetrarch: Spanish verbs as infinitives, conjugated here. */
        UNIVERSAL_PETRARCH("es");

        private final String language;

        Format(String language) {
            this.language = language;
        }

        public String language() {
            return language;
        }
    }

    /**
     * What a conversion made.
     *
     * @param lines    the lines of the Warta file, header included
     * @param patterns patterns written
     * @param dropped  dictionary patterns and verbs left out, each with why
     */
    public record Result(List<String> lines, int patterns, List<String> dropped) {
    }

    /** PETRARCH codes an event only between a source and a target: so do the converted patterns. */
    private static final String TARGET = "target";
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)]");
    private static final Pattern HEADER = Pattern.compile("^---\\s*(\\S+)\\s*\\[([^\\]]*)]");

    private final Format format;
    private final Map<String, List<String>> synsets = new LinkedHashMap<>();
    private final List<String> out = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();
    private final Set<String> setsWritten = new LinkedHashSet<>();
    private int patterns;

    private VerbDictionary(Format format) {
        this.format = format;
    }

    /** Converts a dictionary read from {@code in}; {@code source} names it in the file's header. */
    public static Result convert(BufferedReader in, Format format, String source) throws IOException {
        return convert(in, format, source, List.of());
    }

    /** @param notice the dictionary's licence, copied into the header as comments (its terms ask for it) */
    public static Result convert(BufferedReader in, Format format, String source, List<String> notice)
            throws IOException {
        List<String> lines = in.lines().toList();
        VerbDictionary converter = new VerbDictionary(format);
        converter.header(source);
        notice.forEach(l -> converter.out.add(("# " + l).stripTrailing()));
        converter.readSynsets(lines);
        converter.readBlocks(lines);
        converter.dropAmbiguous();
        return new Result(List.copyOf(converter.out), converter.patterns, List.copyOf(converter.dropped));
    }

    /**
     * The same words with two codes ("- * TO [030]", the verb before an infinitive, and "- * (TO) [042]", before a
     * place) were told apart by the parse, which Warta does not have: neither is kept.
     */
    private void dropAmbiguous() {
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        for (String line : out) {
            if (!line.startsWith("#") && !line.startsWith("&")) {
                String[] cells = line.split("\t", -1);
                codes.computeIfAbsent(cells[1], k -> new LinkedHashSet<>()).add(cells[0]);
            }
        }
        List<String> kept = new ArrayList<>();
        for (String line : out) {
            String[] cells = line.split("\t", -1);
            if (line.startsWith("#") || line.startsWith("&") || codes.get(cells[1]).size() == 1) {
                kept.add(line);
            } else {
                dropped.add("ambiguous without a parse: " + cells[0] + " " + cells[1]);
                patterns--;
            }
        }
        out.clear();
        out.addAll(kept);
    }

    private void header(String source) {
        out.add("# Event patterns converted from " + source + " by `warta events import --format "
                + format.name().toLowerCase(Locale.ROOT).replace('_', '-') + "`; do not edit, convert again.");
        out.add("# &NAME<TAB>forms: a set of words that patterns name as &NAME. Else CAMEO code<TAB>pattern<TAB>flags.");
    }

    private static String strip(String line) {
        int hash = line.indexOf('#');
        String s = hash >= 0 ? line.substring(0, hash) : line;
        int semi = s.indexOf(';');
        return (semi >= 0 ? s.substring(0, semi) : s).strip();
    }

    private void readSynsets(List<String> lines) {
        String current = null;
        for (String raw : lines) {
            if (raw.startsWith("####") && raw.contains("VERB PATTERNS")) {
                return;
            }
            String line = strip(raw);
            if (line.startsWith("&")) {
                current = line.split("\\s+")[0].substring(1);
                synsets.put(current, new ArrayList<>());
            } else if (line.startsWith("+") && current != null) {
                synsets.get(current).add(line.substring(1).split("\\s+")[0]);
            }
        }
    }

    private record Verb(List<String> forms, String code) {
    }

    private void readBlocks(List<String> lines) {
        boolean inVerbs = false;
        String name = null;
        String blockCode = null;
        List<Verb> verbs = new ArrayList<>();
        List<String> blockPatterns = new ArrayList<>();
        for (String raw : lines) {
            if (raw.startsWith("####")) {
                if (name != null) {
                    block(name, blockCode, verbs, blockPatterns);
                    name = null;
                }
                inVerbs = raw.contains("VERB PATTERNS");
                continue;
            }
            if (!inVerbs) {
                continue;
            }
            Matcher header = HEADER.matcher(raw);
            if (header.find()) {
                if (name != null) {
                    block(name, blockCode, verbs, blockPatterns);
                }
                name = header.group(1);
                blockCode = header.group(2).strip();
                verbs = new ArrayList<>();
                blockPatterns = new ArrayList<>();
                continue;
            }
            String line = raw.strip();
            if (name == null || line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("-")) {
                blockPatterns.add(line);
            } else {
                Verb verb = verb(line);
                if (verb != null) {
                    verbs.add(verb);
                }
            }
        }
        if (name != null) {
            block(name, blockCode, verbs, blockPatterns);
        }
    }

    /** A verb line: {@code SPEED {SPEEDING SPEEDS SPED } [190] # comment}, {@code +ASK_FOR {+ASKED_FOR}}. */
    private Verb verb(String line) {
        String s = strip(line);
        String code = null;
        Matcher m = CODE.matcher(s);
        if (m.find()) {
            code = m.group(1).strip();
            s = (s.substring(0, m.start()) + s.substring(m.end())).strip();
        }
        List<String> given = new ArrayList<>();
        int brace = s.indexOf('{');
        if (brace < 0) {
            brace = s.indexOf('[');
        }
        String base = (brace >= 0 ? s.substring(0, brace) : s).strip();
        if (brace >= 0) {
            int close = s.indexOf(brace == s.indexOf('{') ? '}' : ']', brace);
            String inside = s.substring(brace + 1, close > brace ? close : s.length());
            for (String f : inside.split("\\s+")) {
                if (!f.isBlank()) {
                    given.add(f.replace("+", ""));
                }
            }
        }
        base = base.replace("+", "").strip();
        if (base.isEmpty() || base.contains(" ") && !base.contains("_")) {
            base = base.replace(' ', '_');
        }
        if (base.isEmpty()) {
            return null;
        }
        if (!writable(word(base))) {
            dropped.add("not a verb: " + line);
            return null;
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word(base));
        if (!given.isEmpty() || s.contains("{}")) {
            given.stream().map(VerbDictionary::word).filter(VerbDictionary::writable).forEach(forms::add);
        } else {
            forms.addAll(inflect(word(base)));
        }
        return new Verb(List.copyOf(forms), code);
    }

    /** A dictionary word as text: lower case, "_" between words a space, a closing "_" (no plural) dropped. */
    private static String word(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        while (s.endsWith("_")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.replace('_', ' ').strip();
    }

    private List<String> inflect(String verb) {
        int space = verb.indexOf(' ');
        String head = space > 0 ? verb.substring(0, space) : verb;
        String rest = space > 0 ? verb.substring(space) : "";
        List<String> heads = format == Format.PETRARCH2 ? Inflection.english(head) : Inflection.spanish(head);
        List<String> forms = new ArrayList<>();
        for (String h : heads) {
            forms.add(h + rest);
        }
        return forms;
    }

    private void block(String name, String blockCode, List<Verb> verbs, List<String> lines) {
        if (verbs.isEmpty()) {
            if (!lines.isEmpty()) {
                dropped.add(name + ": " + lines.size() + " patterns of a block without verbs");
            }
            return;
        }
        String set = "V_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        List<String> single = new ArrayList<>();
        for (Verb v : verbs) {
            for (String f : v.forms()) {
                if (!f.contains(" ") && plainWord(f)) {
                    single.add(f);
                }
            }
            String code = v.code() != null ? v.code() : blockCode;
            emitBare(name, v, code);
        }
        if (!single.isEmpty() && !lines.isEmpty()) {
            writeSet(set, single);
        }
        // a verb of several words ("ask for") codes by itself; the block's patterns go with its one-word verbs
        for (String line : lines) {
            pattern(name, line, single.isEmpty() ? null : "&" + set);
        }
    }

    /** A verb with a code codes by itself: "ACCUSE [112]". */
    private void emitBare(String block, Verb v, String code) {
        Cameo c = cameo(code);
        if (c == null) {
            return;
        }
        Set<String> singles = new LinkedHashSet<>();
        List<String> phrases = new ArrayList<>();
        for (String f : v.forms()) {
            if (f.codePoints().anyMatch(Character::isLetter)) {
                (f.contains(" ") || !plainWord(f) ? phrases : singles).add(f);
            }
        }
        List<String> cells = new ArrayList<>();
        if (!singles.isEmpty()) {
            cells.add(String.join("|", singles));
        }
        cells.addAll(phrases);
        if (cells.isEmpty()) {
            return;
        }
        out.add(c.code() + "\t" + String.join(";", cells) + "\t" + joinFlags(c.flags(), TARGET));
        patterns++;
    }

    private record Cameo(String code, String flags) {
    }

    /**
     * A dictionary code as Warta writes it: {@code 042}; {@code 050:050} (both ways) mutual; {@code :173} (only
     * from the target to the source) reversed; {@code ---} or an unknown code none.
     */
    private static Cameo cameo(String code) {
        if (code == null) {
            return null;
        }
        String[] parts = code.strip().split(":", -1);
        String first = parts[0].strip();
        String flags = "";
        if (first.isEmpty() && parts.length > 1) {
            first = parts[1].strip();
            flags = "reverse";
        } else if (parts.length > 1 && parts[1].strip().equals(first)) {
            flags = "mutual";
        }
        String known = known(first);
        return known == null ? null : new Cameo(known, flags);
    }

    /** The code, or its three-digit base where CAMEO has no four-digit one (1124 → 112). */
    private static String known(String code) {
        if (code.isEmpty() || !code.chars().allMatch(Character::isDigit)) {
            return null;
        }
        if (CameoCodes.event(code).isPresent()) {
            return code;
        }
        if (code.length() == 4 && CameoCodes.event(code.substring(0, 3)).isPresent()) {
            return code.substring(0, 3);
        }
        return null;
    }

    private void writeSet(String name, List<String> words) {
        if (setsWritten.add(name)) {
            out.add("&" + name + "\t" + String.join("|", new LinkedHashSet<>(words)));
        }
    }

    /** Words Warta can match as written: letters, with spaces, hyphens or apostrophes between them. */
    private static boolean writable(String w) {
        return !w.isEmpty() && Character.isLetter(w.codePointAt(0))
                && w.codePoints().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\'');
    }

    /** A word that stands alone as one alternative of a Warta pattern: letters only. */
    private static boolean plainWord(String w) {
        return !w.isEmpty() && w.codePoints().allMatch(Character::isLetter);
    }

    private void pattern(String block, String line, String verbSet) {
        String body = line.substring(1);
        int hash = body.indexOf('#');
        if (hash >= 0) {
            body = body.substring(0, hash);
        }
        Matcher m = CODE.matcher(body);
        if (!m.find()) {
            dropped.add(block + ": no code: " + line.strip());
            return;
        }
        Cameo code = cameo(m.group(1));
        if (code == null) {
            return; // [---]: the verb with these words codes nothing; Warta leaves such a phrase uncoded
        }
        Converted converted = convertPattern(body.substring(0, m.start()));
        if (converted == null) {
            dropped.add(block + ": cannot say: " + line.strip());
            return;
        }
        String flags = joinFlags(code.flags(), converted.flags());
        if (verbSet == null) {
            dropped.add(block + ": no verb of one word: " + line.strip());
            return;
        }
        out.add(code.code() + "\t" + converted.withVerb(verbSet) + "\t" + joinFlags(flags, TARGET));
        patterns++;
    }

    private static String joinFlags(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.equals(b) ? a : a + "," + b;
    }

    /** A pattern's words around the verb position, written with "…" between phrases. */
    private record Converted(List<String> before, List<String> after, String flags) {
        String withVerb(String verb) {
            List<String> parts = new ArrayList<>(before);
            parts.add(verb);
            parts.addAll(after);
            return String.join(" … ", parts.stream().filter(p -> !p.isEmpty()).toList());
        }
    }

    private Converted convertPattern(String text) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        boolean verbSeen = false;
        boolean targetBefore = false;
        boolean sourceAfter = false;
        boolean mutual = false;
        StringBuilder phrase = new StringBuilder();
        int depth = 0;
        for (String tok : text.replace("{", " { ").replace("}", " } ").replace("(", " ( ").replace(")", " ) ")
                .strip().split("\\s+")) {
            switch (tok) {
                case "" -> {
                }
                case "{" -> {
                    flush(phrase, verbSeen ? after : before);
                    depth++;
                }
                case "}" -> {
                    depth = Math.max(0, depth - 1);
                    flush(phrase, verbSeen ? after : before);
                }
                case "(", ")" -> flush(phrase, verbSeen ? after : before);
                case "*" -> {
                    flush(phrase, before);
                    verbSeen = true;
                }
                case "$" -> {
                    flush(phrase, verbSeen ? after : before);
                    sourceAfter |= verbSeen;
                }
                case "+" -> {
                    flush(phrase, verbSeen ? after : before);
                    targetBefore |= !verbSeen;
                }
                case "%" -> mutual = true;
                case "^" -> flush(phrase, verbSeen ? after : before);
                default -> {
                    String w = element(tok);
                    if (w == null) {
                        return null;
                    }
                    if (depth == 0) {
                        flush(phrase, verbSeen ? after : before);
                        (verbSeen ? after : before).add(w);
                    } else {
                        phrase.append(phrase.isEmpty() ? "" : " ").append(w);
                    }
                }
            }
        }
        flush(phrase, verbSeen ? after : before);
        if (!verbSeen || !before.isEmpty()) {
            return null; // words before the verb describe the subject, which actor finding reads for itself
        }
        String flags = mutual ? "mutual" : targetBefore && sourceAfter ? "reverse" : "";
        return new Converted(before, after, flags);
    }

    private static void flush(StringBuilder phrase, List<String> into) {
        if (!phrase.isEmpty()) {
            into.add(phrase.toString());
            phrase.setLength(0);
        }
    }

    /**
     * One dictionary word as one Warta pattern element: a synonym set by its set line (members of one word only),
     * a word with its regular plural; a word of several ("RE_ELECT", "SIT-IN") as written.
     */
    private String element(String tok) {
        if (tok.startsWith("&")) {
            String name = tok.substring(1).replaceAll("[^A-Za-z0-9_ÁÉÍÓÚÑÜáéíóúñü]", "");
            List<String> members = synsets.get(name);
            if (members == null) {
                return null;
            }
            Set<String> words = new LinkedHashSet<>();
            for (String member : members) {
                boolean plural = !member.endsWith("_");
                String w = word(member);
                if (plainWord(w)) {
                    words.add(w);
                    if (plural) {
                        words.add(Inflection.plural(w, format == Format.PETRARCH2));
                    }
                }
            }
            if (words.isEmpty()) {
                return null;
            }
            String set = "S_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
            writeSet(set, List.copyOf(words));
            return "&" + set;
        }
        String w = word(tok);
        if (!writable(w)) {
            return null;
        }
        return w;
    }
}
