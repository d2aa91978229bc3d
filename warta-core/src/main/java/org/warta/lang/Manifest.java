package org.warta.lang;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a language's manifest, {@code language.tsv}: one setting a line, {@code key<TAB>value[<TAB>value]}, lists
 * written with {@code |}. A line that cannot be used stops the load with its file and line, as every data loader
 * does. The keys are described in docs/adding-a-language.md.
 */
final class Manifest {
    /** Keys set once; the others may repeat and add up. */
    private static final Set<String> SINGLE = Set.of("script", "segmentation", "marks", "normalize",
            "spaced-punctuation", "era", "analyzer", "role-position");
    private static final Set<String> REPEATED = Set.of("drop", "fold", "credit", "credit-in-brackets", "byline",
            "cldr-locale", "abbreviation");
    /** What {@code common/language.tsv} may hold: words every language's pages may use. */
    private static final Set<String> COMMON_KEYS = Set.of("credit", "credit-in-brackets", "byline");
    private static final Set<String> REQUIRED = Set.of("script", "segmentation");
    private static final Pattern CODE_POINT = Pattern.compile("U\\+([0-9A-Fa-f]{4,6})(?:\\.\\.U\\+([0-9A-Fa-f]{4,6}))?");
    private static final Pattern CLASS_NAME = Pattern.compile("(?:[a-z_][a-z0-9_]*+\\.)++[A-Z][A-Za-z0-9_]*+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}.'’-]++");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(?:_[A-Za-z0-9]{2,8})*+");

    private Manifest() {
    }

    static LanguageProfile parse(String code, List<LanguageData.Row> rows) {
        boolean common = LanguageData.COMMON.equals(code);
        Map<String, String> origins = new LinkedHashMap<>();
        Map<String, List<LanguageData.Row>> byKey = new HashMap<>();
        for (LanguageData.Row row : rows) {
            String key = row.cell(0);
            if (!SINGLE.contains(key) && !REPEATED.contains(key)) {
                throw bad(row, "unknown key '" + key + "' (known: " + known() + ")");
            }
            if (common && !COMMON_KEYS.contains(key)) {
                throw bad(row, "'" + key + "' belongs in a language's own manifest; common/ holds only "
                        + String.join(", ", COMMON_KEYS.stream().sorted().toList()));
            }
            if (SINGLE.contains(key) && origins.containsKey(key)) {
                throw bad(row, "'" + key + "' is already set at " + origins.get(key));
            }
            if (row.cell(1).isEmpty()) {
                throw bad(row, "'" + key + "' needs a value");
            }
            origins.putIfAbsent(key, row.where());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        if (!common) {
            for (String key : REQUIRED.stream().sorted().toList()) {
                if (!origins.containsKey(key)) {
                    throw new IllegalStateException(LanguageData.resource(code, LanguageProfile.FILE)
                            + ": the manifest must say '" + key + "'");
                }
            }
        }
        return new LanguageProfile(code, scripts(byKey), segmentation(byKey), folding(byKey),
                spacedPunctuation(byKey), words(byKey, "credit"), words(byKey, "credit-in-brackets"),
                words(byKey, "byline"), era(byKey), analyzer(byKey), locales(byKey), rolePosition(byKey),
                words(byKey, "abbreviation"), origins);
    }

    private static String known() {
        List<String> all = new ArrayList<>(SINGLE);
        all.addAll(REPEATED);
        return String.join(", ", all.stream().sorted().toList());
    }

    private static LanguageData.Row single(Map<String, List<LanguageData.Row>> byKey, String key) {
        List<LanguageData.Row> rows = byKey.get(key);
        return rows == null ? null : rows.get(0);
    }

    private static List<String> scripts(Map<String, List<LanguageData.Row>> byKey) {
        LanguageData.Row row = single(byKey, "script");
        List<String> out = new ArrayList<>();
        if (row != null) {
            for (String name : row.cell(1).split("\\|")) {
                try {
                    out.add(toTitle(UnicodeScript.forName(name.strip()).name()));
                } catch (IllegalArgumentException e) {
                    throw bad(row, "unknown Unicode script '" + name.strip() + "'");
                }
            }
        }
        return out;
    }

    private static String toTitle(String upper) {
        StringBuilder b = new StringBuilder();
        for (String part : upper.split("_")) {
            b.append(b.length() == 0 ? "" : "_").append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static LanguageProfile.Segmentation segmentation(Map<String, List<LanguageData.Row>> byKey) {
        LanguageData.Row row = single(byKey, "segmentation");
        return row == null ? null : choice(row, LanguageProfile.Segmentation.class);
    }

    private static <E extends Enum<E>> E choice(LanguageData.Row row, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(row.cell(1))) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw bad(row, "'" + row.cell(0) + "' is one of " + String.join(", ", names) + ", not '" + row.cell(1) + "'");
    }

    private enum Marks { STRIP, KEEP }

    private enum Normalize { NONE, NFC }

    private static FoldRules folding(Map<String, List<LanguageData.Row>> byKey) {
        LanguageData.Row marks = single(byKey, "marks");
        boolean strip = marks == null || choice(marks, Marks.class) == Marks.STRIP;
        LanguageData.Row normalize = single(byKey, "normalize");
        boolean compose = normalize != null && choice(normalize, Normalize.class) == Normalize.NFC;
        BitSet drop = new BitSet();
        for (LanguageData.Row row : byKey.getOrDefault("drop", List.of())) {
            for (String item : row.cell(1).split("\\|")) {
                var m = CODE_POINT.matcher(item.strip());
                if (!m.matches()) {
                    throw bad(row, "'" + item.strip() + "' is not a code point (U+064B) or a range (U+064B..U+065F)");
                }
                int from = Integer.parseInt(m.group(1), 16);
                int to = m.group(2) == null ? from : Integer.parseInt(m.group(2), 16);
                if (to < from || to > Character.MAX_CODE_POINT) {
                    throw bad(row, "bad range " + item.strip());
                }
                drop.set(from, to + 1);
            }
        }
        Map<Integer, String> letters = new HashMap<>();
        for (LanguageData.Row row : byKey.getOrDefault("fold", List.of())) {
            if (row.cells().length < 3 || row.cell(2).isEmpty()) {
                throw bad(row, "'fold' needs the letters and what they become: fold<TAB>ё<TAB>е");
            }
            for (String letter : row.cell(1).split("\\|")) {
                String l = letter.strip();
                if (l.codePointCount(0, l.length()) != 1) {
                    throw bad(row, "'" + l + "' is not one letter");
                }
                letters.put(l.codePointAt(0), row.cell(2));
            }
        }
        if (strip && (!drop.isEmpty() || !letters.isEmpty() || compose)) {
            LanguageData.Row row = byKey.containsKey("fold") ? byKey.get("fold").get(0)
                    : byKey.containsKey("drop") ? byKey.get("drop").get(0) : normalize;
            throw bad(row, "'drop', 'fold' and 'normalize' apply to languages that keep their marks ('marks\tkeep')");
        }
        return strip ? FoldRules.STRIP : new FoldRules(false, compose, drop, letters);
    }

    private static String spacedPunctuation(Map<String, List<LanguageData.Row>> byKey) {
        LanguageData.Row row = single(byKey, "spaced-punctuation");
        if (row == null) {
            return "";
        }
        StringBuilder marks = new StringBuilder();
        for (String mark : row.cell(1).split("\\|")) {
            String m = mark.strip();
            if (m.length() != 1 || Character.isLetterOrDigit(m.charAt(0)) || Character.isWhitespace(m.charAt(0))) {
                throw bad(row, "'" + m + "' is not one punctuation mark");
            }
            marks.append(m);
        }
        return marks.toString();
    }

    private static List<String> words(Map<String, List<LanguageData.Row>> byKey, String key) {
        List<String> out = new ArrayList<>();
        for (LanguageData.Row row : byKey.getOrDefault(key, List.of())) {
            for (String w : row.cell(1).split("\\|")) {
                String word = w.strip();
                if (!WORD.matcher(word).matches()) {
                    throw bad(row, "'" + word + "' is not a word");
                }
                out.add(word);
            }
        }
        return out;
    }

    private static LanguageProfile.Era era(Map<String, List<LanguageData.Row>> byKey) {
        LanguageData.Row row = single(byKey, "era");
        if (row == null) {
            return LanguageProfile.Era.NONE;
        }
        try {
            int offset = Integer.parseInt(row.cell(2));
            if (offset <= 0 || offset >= LanguageProfile.Era.LATEST_COMMON_YEAR) {
                throw bad(row, "the era's offset must be a positive number of years, not " + offset);
            }
            return new LanguageProfile.Era(row.cell(1), offset);
        } catch (NumberFormatException e) {
            throw bad(row, "'era' needs a name and the years to take off: era<TAB>buddhist<TAB>543");
        }
    }

    private static LanguageProfile.RolePosition rolePosition(Map<String, List<LanguageData.Row>> byKey) {
        LanguageData.Row row = single(byKey, "role-position");
        return row == null ? LanguageProfile.RolePosition.BEFORE : choice(row, LanguageProfile.RolePosition.class);
    }

    private static String analyzer(Map<String, List<LanguageData.Row>> byKey) {
        LanguageData.Row row = single(byKey, "analyzer");
        if (row == null) {
            return LanguageProfile.ICU_ANALYZER;
        }
        String name = row.cell(1);
        if (!name.equals(LanguageProfile.ICU_ANALYZER) && !CLASS_NAME.matcher(name).matches()) {
            throw bad(row, "'analyzer' is 'icu' or the class name of a Lucene analyser, not '" + name + "'");
        }
        return name;
    }

    private static List<String> locales(Map<String, List<LanguageData.Row>> byKey) {
        List<String> out = new ArrayList<>();
        for (LanguageData.Row row : byKey.getOrDefault("cldr-locale", List.of())) {
            if (!LOCALE.matcher(row.cell(1)).matches()) {
                throw bad(row, "'" + row.cell(1) + "' is not a CLDR locale such as zh_Hant");
            }
            out.add(row.cell(1));
        }
        return out;
    }

    private static IllegalStateException bad(LanguageData.Row row, String message) {
        return new IllegalStateException(row.where() + ": " + message);
    }
}
