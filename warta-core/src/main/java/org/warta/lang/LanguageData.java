package org.warta.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Access to the per-language data files under {@code org/warta/lang/<code>/} on the class path. A language exists
 * when its folder holds a manifest, {@code language.tsv}: the packs are found by looking for it, in class-path
 * directories and jars alike, so adding a language is adding its folder. {@code common} holds patterns shared by all
 * of them. Files are UTF-8 text; lines starting with {@code #} and blank lines are comments.
 */
public final class LanguageData {
    public static final String COMMON = "common";
    private static final String ROOT = "org/warta/lang/";
    /** The manifest every pack folder holds; its presence is what makes a folder a language. */
    static final String MANIFEST = "language.tsv";
    private static final List<String> LANGUAGES = PackFinder.codes(LanguageData.class.getClassLoader(), ROOT, MANIFEST);

    private LanguageData() {
    }

    /** Codes of the languages that ship a pack, in alphabetical order ({@code common} is not one of them). */
    public static List<String> languages() {
        return LANGUAGES;
    }

    /** The common folder followed by every language folder. */
    public static List<String> folders() {
        List<String> all = new ArrayList<>();
        all.add(COMMON);
        all.addAll(LANGUAGES);
        return all;
    }

    /** The non-comment lines of {@code <lang>/<file>}, or empty when that language has no such file. */
    public static Optional<List<String>> lines(String language, String file) {
        return isFolderName(language) ? readLines(ROOT + language + "/" + file) : Optional.empty();
    }

    /** Rows of a tab-separated data file, each split on tabs, with the language and line number for messages. */
    public static List<Row> rows(String language, String file) {
        String resource = ROOT + language + "/" + file;
        return isFolderName(language) ? parse(language, resource, readRawLines(resource)) : List.of();
    }

    /**
     * Rows of the text of a data file, as {@link #rows} reads them from the class path; {@code resource} names the
     * file in messages.
     */
    public static List<Row> parse(String language, String resource, List<String> raw) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (isComment(line)) {
                continue;
            }
            rows.add(new Row(language, resource, i + 1, line.split("\t", -1)));
        }
        return rows;
    }

    /** The file of word endings every stage that compares inflected words cuts ({@code suffix<TAB>ending}). */
    public static final String MORPHOLOGY = "morphology.tsv";

    /**
     * A language's word endings from {@code morphology.tsv}, written once for every stage that cuts them (entity
     * finding, event coding); each stage decides for itself how short a stem may be left. Both kinds of line count:
     * {@code suffix} (an inflection, part of the word: Russian "России") and {@code particle} (a word of its own
     * written onto the one before: Korean "정부는"). Empty without the file.
     */
    public static List<String> suffixes(String language) {
        return endings(language, null);
    }

    /** The {@code particle} lines of {@code morphology.tsv}: endings that are no part of the name they follow. */
    public static List<String> particles(String language) {
        return endings(language, "particle");
    }

    private static List<String> endings(String language, String kind) {
        List<String> out = new ArrayList<>();
        for (Row row : rows(language, MORPHOLOGY)) {
            String k = row.cell(0);
            if (!(k.equals("suffix") || k.equals("particle")) || row.cell(1).isEmpty()) {
                throw new IllegalStateException(row.where() + ": expected suffix<TAB>ending or particle<TAB>ending");
            }
            if (kind == null || kind.equals(k)) {
                out.add(row.cell(1));
            }
        }
        return out;
    }

    /** True when {@code <lang>/<file>} is on the class path. */
    public static boolean exists(String language, String file) {
        return isFolderName(language) && LanguageData.class.getClassLoader().getResource(ROOT + language + "/" + file) != null;
    }

    /** The class-path name of a language's data file, as messages write it. */
    public static String resource(String language, String file) {
        return ROOT + language + "/" + file;
    }

    /**
     * True when a code can name a folder: two or three lower-case letters (ISO 639), or {@code common}. Codes come
     * from input (declared languages, query options), so nothing else may reach the class path.
     */
    public static boolean isFolderName(String code) {
        if (code == null || code.equals(COMMON)) {
            return code != null;
        }
        // a loop, not a regex: every fold of a word asks
        if (code.length() < 2 || code.length() > 3) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < 'a' || code.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /** One row of a data file, remembering where it came from so a bad pattern can be reported precisely. */
    public record Row(String language, String resource, int line, String[] cells) {
        public String cell(int i) {
            return i < cells.length ? cells[i].strip() : "";
        }

        public String where() {
            return resource + ":" + line;
        }
    }

    private static boolean isComment(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }

    private static Optional<List<String>> readLines(String resource) {
        if (LanguageData.class.getClassLoader().getResource(resource) == null) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String line : readRawLines(resource)) {
            if (!isComment(line)) {
                out.add(line.strip());
            }
        }
        return Optional.of(out);
    }

    private static List<String> readRawLines(String resource) {
        InputStream in = LanguageData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
