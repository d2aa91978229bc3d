package org.warta.kb;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.model.Entity;

/**
 * Turns PETRARCH / TABARI actor dictionaries (the Phoenix country, international and non-state actor lists, and
 * UniversalPetrarch's Spanish ones) into knowledge-base people with dated CAMEO codes. An actor is a line with its
 * name in capitals, words joined by {@code _} ({@code SERGEY_LAVROV_}), lines of aliases starting with {@code +},
 * and its codes in brackets on its line or the lines after: {@code [RUSGOV 19940922-20040712]},
 * {@code [RUSGOV >20040309]}, {@code [RUSELI]}; dates are YYMMDD or YYYYMMDD, {@code >} from, {@code <} until.
 *
 * <p>An actor with at least one dated code is a person. Actors of the same name in several lists are one person,
 * merged into the hand-curated person of that name when the base has one (so its id, and its fields, which load
 * later, win). Names are capitalised ("Sergey V. Lavrov"); aliases that carry a title or a country word
 * ("RUSSIAN_FOREIGN_MINISTER_LAVROV") are left out, the recogniser reads those itself, as are single words that
 * several people share, that are common words, or that name a place or organisation. Agent lists ({@code [~GOV]}
 * codes) and the country entries of the lists give the title and country words.
 */
public final class PetrarchImporter {
    /** The shipped file this importer writes; the base it builds on leaves it out. */
    public static final String SHIPPED_FILE = "actors.kb";

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern SPAN = Pattern.compile("([<>])?(\\d{6}|\\d{8})?(?:-(\\d{6}|\\d{8}))?");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}][\\p{L}.'\\-]*");
    /** Two-digit years up to this one are of this century, as PETRARCH reads them. */
    private static final int CENTURY_PIVOT = 30;
    /** A word that begins this many people's names is a given name, even where a longer agent noun has it. */
    private static final int NAME_START = 5;
    /** Words of import-words.tsv by kind: particles, honorifics, regnal numbers. */
    private static final Map<String, Set<String>> WORDS = words();
    private static final Set<String> PARTICLES = WORDS.getOrDefault("particle", Set.of());
    private static final Set<String> HONORIFICS = WORDS.getOrDefault("honorific", Set.of());
    private static final Set<String> ROMAN = WORDS.getOrDefault("regnal", Set.of());

    /** One actor as a list gives it. */
    private record Actor(String language, List<String> names, List<String> codes, String where) {
    }

    /** A name ready for the base: its words as written, and its key for comparing. */
    private record Name(String language, List<String> words, String key) {
    }

    /** Counts of a run, for the summary. */
    public record Summary(int actors, int people, int curated, int withoutNames, long names, List<String> problems) {
    }

    private final KnowledgeBase base;
    private final List<Actor> actors = new ArrayList<>();
    private final Map<String, Set<String>> titleWords = new HashMap<>();
    private final Map<String, Set<String>> macroWords = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** Builds on the shipped base without the file it writes. */
    public PetrarchImporter() {
        this(KnowledgeBase.builtInWithout(SHIPPED_FILE));
    }

    /** Builds on a given base: people of the same name merge into its people, its places' names stay theirs. */
    public PetrarchImporter(KnowledgeBase base) {
        this.base = base;
    }

    private static Map<String, Set<String>> words() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : KnowledgeBase.resourceLines("org/warta/kb/import-words.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length == 2) {
                out.computeIfAbsent(cells[0].strip(), k -> new HashSet<>())
                        .addAll(List.of(cells[1].strip().split("\\s+")));
            }
        }
        return out;
    }

    /** Reads one actor or agent list whose names are in the given language (ISO 639-1). */
    public void read(BufferedReader in, String source, String language) throws IOException {
        Actor current = null;
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            int hash = line.indexOf('#');
            String t = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("!")) {
                // an agent list's macro: !MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
                int eq = t.indexOf('=');
                if (eq > 0) {
                    for (String w : key(t.substring(eq + 1)).split(" ")) {
                        macroWords.computeIfAbsent(language, k -> new LinkedHashSet<>()).add(w);
                    }
                }
                continue;
            }
            List<String> codes = new ArrayList<>();
            Matcher m = CODE.matcher(t);
            while (m.find()) {
                codes.add(m.group(1).strip());
            }
            String name = CODE.matcher(t).replaceAll(" ").strip();
            if (t.startsWith("[")) {
                if (current != null) {
                    current.codes.addAll(codes);
                }
            } else if (t.startsWith("+")) {
                if (current != null) {
                    current.names.add(name.substring(1).strip());
                    current.codes.addAll(codes);
                }
            } else {
                current = new Actor(language, new ArrayList<>(List.of(name)), new ArrayList<>(codes),
                        source + ":" + n);
                actors.add(current);
            }
        }
    }

    /** Writes the people of every list read, with a header naming the lists. */
    public Summary write(Writer out, List<String> sources) throws IOException {
        collectTitleWords();
        List<Person> people = people();
        Map<String, Integer> wordUse = wordUse(people);
        Set<String> otherNames = namesOfOtherEntities();
        Set<String> stop = stopWords();
        out.write("# People of the PETRARCH actor dictionaries (MIT License, Open Event Data Alliance), with their\n"
                + "# CAMEO codes and dates. Written by: warta kb import " + String.join(" ", sources) + "\n"
                + "# Do not edit: change the importer or the hand-curated files, and import again.\n\n");
        Set<String> ids = new HashSet<>();
        int written = 0;
        int curated = 0;
        int withoutNames = 0;
        long names = 0;
        for (Person p : people) {
            Map<String, List<String>> byLanguage = new LinkedHashMap<>();
            for (Name name : p.names) {
                if (otherNames.contains(name.key) || name.words.size() == 1 && !surnameAlone(name, p, wordUse, stop)
                        || !sharesSurname(name, p)) {
                    continue;
                }
                for (String form : forms(name.words)) {
                    byLanguage.computeIfAbsent(name.language, k -> new ArrayList<>()).add(form);
                    names++;
                }
            }
            if (byLanguage.isEmpty()) {
                withoutNames++;
                continue;
            }
            String id = p.curatedId != null ? p.curatedId : uniqueId(p, byLanguage, ids);
            ids.add(id);
            curated += p.curatedId != null ? 1 : 0;
            KbEntity e = entity(id, p, byLanguage);
            KbFormat.write(e, out);
            written++;
        }
        return new Summary(actors.size(), written, curated, withoutNames, names, List.copyOf(problems));
    }

    private KbEntity entity(String id, Person p, Map<String, List<String>> byLanguage) {
        List<String> first = byLanguage.getOrDefault(KbEntity.CANONICAL_LANGUAGE, byLanguage.values().iterator().next());
        // a hand-curated person keeps the canonical name the curated files give it, whichever names come first here
        String canonical = p.curatedId != null ? base.get(p.curatedId).canonical()
                : first.stream().filter(s -> s.indexOf(' ') > 0).findFirst().orElse(first.get(0));
        KbEntity bare = new KbEntity(id, Entity.Type.PERSON, "person", canonical, null, null, false, byLanguage,
                Map.of(), p.tenures);
        KbEntity.Standing now = p.curatedId != null ? null : bare.standing(null);
        // A hand-curated person says what the person is now; the lists, from 2014 and 2018, may be out of date
        // (a minister since 2013 who left in 2019). Otherwise the country of the code held now: none for a UN
        // official, whom CAMEO codes IGOUNO.
        String country = now == null ? null : now.country();
        return new KbEntity(id, Entity.Type.PERSON, "person", canonical, country, now == null ? null : now.role(),
                now != null && now.former(), byLanguage, Map.of(), p.tenures);
    }

    private String uniqueId(Person p, Map<String, List<String>> byLanguage, Set<String> taken) {
        String base = "person/" + key(byLanguage.values().iterator().next().get(0)).replace(' ', '-');
        String id = base;
        for (int i = 2; taken.contains(id) || this.base.get(id) != null; i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /** One person: the actors of the lists that name the same person, merged. */
    private static final class Person {
        final List<Name> names = new ArrayList<>();
        final List<Tenure> tenures = new ArrayList<>();
        String curatedId;
    }

    /**
     * Title words of each language: the agent list's one-word role nouns ("Ambassador") and macros, the first and
     * last words of its longer ones ("Foreign Secretary"), and the knowledge base's adjectives of countries
     * ("Russian"). A word of the longer nouns that begins several people's names is a given name, not a title: agent
     * lists hold a few names too ("John Constable").
     */
    private void collectTitleWords() {
        Map<String, Integer> firstWords = new HashMap<>();
        for (Actor a : actors) {
            if (tenures(a, new ArrayList<>()).stream().anyMatch(PetrarchImporter::personal)) {
                firstWords.merge(key(a.names.get(0)).split(" ")[0], 1, Integer::sum);
            }
        }
        for (Actor a : actors) {
            if (!a.codes.isEmpty() && a.codes.stream().allMatch(c -> c.startsWith("~"))) {
                for (String n : a.names) {
                    String[] words = key(n.replaceAll("![A-Z]+!", " ")).split(" ");
                    for (String w : words.length == 1 ? words : new String[] {words[0], words[words.length - 1]}) {
                        if (words.length == 1 || firstWords.getOrDefault(w, 0) < NAME_START) {
                            addTitleWord(a.language, w);
                        }
                    }
                }
            }
        }
        macroWords.forEach((lang, words) -> words.forEach(w -> addTitleWord(lang, w)));
        for (KbEntity e : base.entities()) {
            if (KbEntity.isCountryId(e.id())) {
                e.adjectives().forEach((lang, adjectives) -> adjectives.forEach(adj -> {
                    String k = key(adj);
                    if (k.indexOf(' ') < 0) {
                        addTitleWord(lang, k);
                    }
                }));
            }
        }
    }

    private void addTitleWord(String language, String w) {
        if (w.length() >= 3 && !PARTICLES.contains(w)) {
            titleWords.computeIfAbsent(language, k -> new HashSet<>()).add(w);
        }
    }

    /** The people of the lists: actors with dated codes, merged when they share a name of two words or more. */
    private List<Person> people() {
        Map<String, Person> byName = new HashMap<>();
        List<Person> out = new ArrayList<>();
        Map<String, String> curated = curatedPeople();
        for (Actor a : actors) {
            List<Tenure> tenures = tenures(a, problems);
            if (tenures.stream().noneMatch(PetrarchImporter::personal)) {
                continue;
            }
            List<Name> names = new ArrayList<>();
            for (String raw : a.names) {
                Name name = name(raw, a.language);
                if (name != null) {
                    names.add(name);
                }
            }
            Person p = null;
            for (Name name : names) {
                if (name.words.size() > 1 && byName.containsKey(name.key)) {
                    p = byName.get(name.key);
                    break;
                }
            }
            if (p == null) {
                p = new Person();
                out.add(p);
            }
            for (Name name : names) {
                if (p.names.stream().noneMatch(x -> x.key.equals(name.key))) {
                    p.names.add(name);
                }
                if (name.words.size() > 1) {
                    byName.putIfAbsent(name.key, p);
                    if (p.curatedId == null) {
                        p.curatedId = curated.get(name.key);
                    }
                }
            }
            for (Tenure t : tenures) {
                if (!p.tenures.contains(t)) {
                    p.tenures.add(t);
                }
            }
        }
        return out;
    }

    /**
     * Whether a code is a person's: dated, and with a sector (the lists date countries too: Georgia was USRGEO, a part
     * of the Soviet Union, until 1991).
     */
    private static boolean personal(Tenure t) {
        return !t.undated() && CameoCodes.sector(t.code()) != null;
    }

    /** The base's people by the keys of their names of two words or more. */
    private Map<String, String> curatedPeople() {
        Map<String, String> out = new HashMap<>();
        for (KbEntity e : base.entities()) {
            if (e.type() == Entity.Type.PERSON) {
                for (String n : e.allNames()) {
                    String k = key(n);
                    if (k.indexOf(' ') > 0) {
                        out.putIfAbsent(k, e.id());
                    }
                }
            }
        }
        return out;
    }

    /** The keys of the base's names of everything but people: a person's name that is a place's is not taken. */
    private Set<String> namesOfOtherEntities() {
        Set<String> out = new HashSet<>();
        for (KbEntity e : base.entities()) {
            if (e.type() != Entity.Type.PERSON) {
                e.allNames().forEach(n -> out.add(key(n)));
                e.adjectives().values().forEach(list -> list.forEach(n -> out.add(key(n))));
            }
        }
        return out;
    }

    /**
     * Whether a name of a list in another language than English ends as one of the person's English names do: the
     * Spanish lists give their own spellings ("Serguéi Lavrov") but also, in the same entry, other people and
     * things met near the person's name ("Aeropuerto ...", a band), which are no names of the person.
     */
    private static boolean sharesSurname(Name name, Person p) {
        if (name.language.equals(KbEntity.CANONICAL_LANGUAGE)) {
            return true;
        }
        boolean english = false;
        String last = lastWord(name.key);
        for (Name n : p.names) {
            if (n.language.equals(KbEntity.CANONICAL_LANGUAGE)) {
                english = true;
                if (key(lastWord(n.key)).equals(last)) {
                    return true;
                }
            }
        }
        return !english;
    }

    private static String lastWord(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /** For each word, the number of people who have it in one of their names. */
    private static Map<String, Integer> wordUse(List<Person> people) {
        Map<String, Integer> out = new HashMap<>();
        for (Person p : people) {
            Set<String> words = new HashSet<>();
            for (Name n : p.names) {
                words.addAll(List.of(n.key.split(" ")));
            }
            words.forEach(w -> out.merge(w, 1, Integer::sum));
        }
        return out;
    }

    /**
     * Whether a one-word name can stand alone: the surname of one of the person's fuller names ("Lavrov" of "Sergey
     * Lavrov"), in no one else's name, at least three letters long, and no common word, month or title.
     */
    private static boolean surnameAlone(Name name, Person p, Map<String, Integer> wordUse, Set<String> stop) {
        if (wordUse.getOrDefault(name.key, 0) > 1 || stop.contains(name.key) || name.key.length() < 3) {
            return false;
        }
        for (Name fuller : p.names) {
            if (fuller.words.size() > 1 && fuller.key.endsWith(" " + name.key)) {
                return true;
            }
        }
        return false;
    }

    /** Common words of the languages read, and the names of months and days, never a person's name alone. */
    private Set<String> stopWords() {
        Set<String> out = new HashSet<>();
        titleWords.values().forEach(out::addAll);
        for (String line : KnowledgeBase.resourceLines("org/warta/kb/common-words.txt")) {
            for (String w : line.split("\\s+")) {
                out.add(key(w));
            }
        }
        Set<String> languages = new LinkedHashSet<>();
        actors.forEach(a -> languages.add(a.language));
        for (String lang : languages) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(lang));
            for (String[] words : List.of(symbols.getMonths(), symbols.getWeekdays())) {
                for (String w : words) {
                    if (!w.isEmpty()) {
                        out.add(key(w));
                    }
                }
            }
        }
        return out;
    }

    /** A name of the list as the base writes it; null when it is no person's name alone. */
    private Name name(String raw, String language) {
        List<String> words = new ArrayList<>();
        // commas before "Jr." and zero-width spaces are in the lists' names, never in a text's
        String bare = PARENTHESES.matcher(raw).replaceAll(" "); // "(ACTOR)", "(HIJO)": which one, not the name
        for (String w : bare.replace(",", "").replace("\u200b", "").replace(' ', '_').split("_+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (!NAME_WORD.matcher(w).matches()) {
                return null; // numbers, brackets, slashes: a description, not a name
            }
            words.add(w);
        }
        if (words.isEmpty()) {
            return null;
        }
        for (int i = 0; i < Math.max(1, words.size() - 1); i++) {
            if (titleWord(words.get(i), language)) {
                return null; // "Foreign Minister Lavrov", "U.S. President Carter": the recogniser reads titles itself
            }
        }
        List<String> written = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            written.add(capitalise(words.get(i), i == 0));
        }
        String key = key(String.join(" ", written));
        return key.isEmpty() ? null : new Name(language, written, key);
    }

    /** Whether a word of a name is a title or a country adjective ("Minister", "Gov.", "Russian", "U.S."). */
    private boolean titleWord(String word, String language) {
        String k = key(word.replace('-', ' '));
        List<String> parts = new ArrayList<>(List.of(k.split(" ")));
        parts.add(k.replace(" ", ""));
        for (String part : parts) {
            if (HONORIFICS.contains(part) || titleWords.getOrDefault(language, Set.of()).contains(part)
                    || titleWords.getOrDefault(KbEntity.CANONICAL_LANGUAGE, Set.of()).contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** The name as written, and, for hyphenated words, with small letters after the hyphen ("Ki-moon"). */
    private static List<String> forms(List<String> words) {
        String name = String.join(" ", words);
        List<String> out = new ArrayList<>(List.of(name));
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(i > 0 && name.charAt(i - 1) == '-' ? Character.toLowerCase(c) : c);
        }
        if (!b.toString().equals(name)) {
            out.add(b.toString());
        }
        return out;
    }

    /** "SERGEY" → "Sergey", "O'BRIEN" → "O'Brien", "MCCAIN" → "McCain", "AL-ASSAD" → "al-Assad" inside a name. */
    static String capitalise(String word, boolean first) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (ROMAN.contains(lower)) {
            return word.toUpperCase(Locale.ROOT);
        }
        StringBuilder b = new StringBuilder(lower.length());
        int start = 0;
        for (String part : lower.split("(?<=-)")) {
            String bare = part.endsWith("-") ? part.substring(0, part.length() - 1) : part;
            boolean particle = PARTICLES.contains(bare) && !(first && start == 0);
            b.append(particle ? part : capitalisePart(part));
            start += part.length();
        }
        return b.toString();
    }

    private static String capitalisePart(String part) {
        if (part.isEmpty()) {
            return part;
        }
        StringBuilder b = new StringBuilder(part);
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        int apostrophe = part.indexOf('\'');
        if (apostrophe == 1 && part.length() > 2) {
            b.setCharAt(2, Character.toUpperCase(b.charAt(2)));
        }
        if (part.startsWith("mc") && part.length() > 3) {
            b.setCharAt(2, Character.toUpperCase(b.charAt(2)));
        }
        return b.toString();
    }

    /** The dated and undated codes of an actor; codes that cannot be read are reported. */
    private static List<Tenure> tenures(Actor a, List<String> problems) {
        List<Tenure> out = new ArrayList<>();
        for (String c : a.codes) {
            if (c.isEmpty() || c.contains("~") || c.startsWith("-")) {
                continue;
            }
            int space = c.indexOf(' ');
            String code = space < 0 ? c : c.substring(0, space);
            String span = space < 0 ? "" : c.substring(space + 1).replace(" ", "");
            Tenure t = tenure(code, span);
            if (t == null) {
                problems.add(a.where + ": cannot read the code [" + c + "]");
            } else {
                out.add(t);
            }
        }
        return out;
    }

    static Tenure tenure(String code, String span) {
        if (!Tenure.isCode(code)) {
            return null;
        }
        if (span.isEmpty()) {
            return new Tenure(code, null, null);
        }
        Matcher m = SPAN.matcher(span);
        if (!m.matches() || m.group(2) == null) {
            return null;
        }
        try {
            LocalDate first = date(m.group(2));
            if (">".equals(m.group(1)) && m.group(3) == null) {
                return new Tenure(code, first, null);
            }
            if ("<".equals(m.group(1)) && m.group(3) == null) {
                return new Tenure(code, null, first);
            }
            if (m.group(1) == null && m.group(3) != null) {
                return new Tenure(code, first, date(m.group(3)));
            }
            return null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate date(String digits) {
        int year;
        String rest;
        if (digits.length() == 8) {
            year = Integer.parseInt(digits.substring(0, 4));
            rest = digits.substring(4);
        } else {
            int yy = Integer.parseInt(digits.substring(0, 2));
            year = yy <= CENTURY_PIVOT ? 2000 + yy : 1900 + yy;
            rest = digits.substring(2);
        }
        return LocalDate.of(year, Integer.parseInt(rest.substring(0, 2)), Integer.parseInt(rest.substring(2)));
    }

    /** Lower case, without accents, words separated by single spaces: the form names are compared in. */
    static String key(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
