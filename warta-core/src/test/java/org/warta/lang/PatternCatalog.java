package org.warta.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every regular expression the engine compiles, with where it came from: the constants of its classes, and what
 * the language-data loaders build from the files (clean rules, HTML cues, page-date month names, the time
 * grammar of every language with its slots expanded). Found by walking the loaded objects rather than by reading
 * the files again, so what is checked is exactly what runs.
 */
final class PatternCatalog {
    /** A compiled pattern and the place that made it: a data file and line where one is known. */
    record Entry(String origin, Pattern pattern) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    static PatternCatalog shipped() {
        PatternCatalog catalog = new PatternCatalog();
        catalog.addConstants();
        catalog.addDataRows();
        catalog.addTimeGrammars();
        return catalog;
    }

    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Patterns held in the static fields of every class of the engine (initialising only those that hold one). */
    private void addConstants() {
        for (String name : classNames()) {
            Class<?> type;
            try {
                type = Class.forName(name, false, PatternCatalog.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && mayHold(f.getType()) && f.trySetAccessible()) {
                    try {
                        walk(f.get(null), type.getSimpleName() + "." + f.getName(), null);
                    } catch (IllegalAccessException | LinkageError e) {
                        throw new IllegalStateException("cannot read " + name + "." + f.getName(), e);
                    }
                }
            }
        }
    }

    /** Rows whose patterns are joined before they are compiled are checked one by one too, to name the line. */
    private void addDataRows() {
        for (String folder : LanguageData.folders()) {
            for (LanguageData.Row row : LanguageData.rows(folder, "html-cues.tsv")) {
                add(row.where(), Pattern.compile(row.cell(1), Pattern.CASE_INSENSITIVE));
            }
        }
    }

    /** The time grammar of every language, built as the time tagger builds it, and of text in no known language. */
    private void addTimeGrammars() {
        List<String> languages = new ArrayList<>(LanguageData.languages());
        languages.add(null);
        try {
            Method load = Class.forName("org.warta.time.TimeGrammar").getDeclaredMethod("load", String.class);
            load.setAccessible(true);
            for (String language : languages) {
                walk(load.invoke(null, language), "TimeGrammar[" + language + "]", null);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the time grammars", e);
        }
    }

    private void walk(Object value, String path, String where) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof Class<?>) {
            return;
        }
        if (value instanceof Pattern p) {
            add(where == null ? path : where + " (" + path + ")", p);
            return;
        }
        if (!seen.add(value)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(e.getKey(), path + ".key", where);
                walk(e.getValue(), path + "[" + e.getKey() + "]", where);
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", where);
            }
        } else if (value instanceof Optional<?> o) {
            walk(o.orElse(null), path, where);
        } else if (value.getClass().isArray()) {
            if (!value.getClass().getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(value); i++) {
                    walk(Array.get(value, i), path + "[" + i + "]", where);
                }
            }
        } else if (value.getClass().getName().startsWith("org.warta.")) {
            walkFields(value, path, where);
        }
    }

    private void walkFields(Object value, String path, String where) {
        String here = where;
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && f.trySetAccessible()) {
                    fields.add(f);
                }
            }
        }
        try {
            for (Field f : fields) {
                // rows of the data files remember their file and line as "where"
                if (f.getName().equals("where") && f.get(value) instanceof String w) {
                    here = w;
                }
            }
            for (Field f : fields) {
                if (mayHold(f.getType())) {
                    walk(f.get(value), path + "." + f.getName(), here);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static boolean mayHold(Class<?> type) {
        return !type.isPrimitive() && type != String.class && !type.isEnum();
    }

    private void add(String origin, Pattern pattern) {
        entries.putIfAbsent(pattern.flags() + "/" + pattern.pattern(), new Entry(origin, pattern));
    }

    /** The engine's classes, from the folder or jar its own classes were loaded from. */
    private static List<String> classNames() {
        try {
            Path root = Path.of(LanguageData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(root::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                        .map(f -> f.substring(0, f.length() - ".class".length()).replace(root.getFileSystem()
                                .getSeparator(), ".")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
