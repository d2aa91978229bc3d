package org.warta.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the language packs on the class path: every folder {@code <root><code>/} that holds the manifest, whether
 * the root is a directory (a build's classes, a test's resources) or a folder inside a jar (the application jar).
 * Several class-path entries may each hold packs; the codes are merged and sorted, so the order never depends on
 * the class path.
 */
final class PackFinder {
    private PackFinder() {
    }

    /** The codes of the folders under {@code root} that hold {@code manifest}, {@code common} left out, sorted. */
    static List<String> codes(ClassLoader loader, String root, String manifest) {
        Set<String> codes = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(root);
            while (roots.hasMoreElements()) {
                addFrom(roots.nextElement(), root, manifest, codes);
            }
            // a jar written without directory entries answers no root: reach it through a file it must hold
            Enumeration<URL> common = loader.getResources(root + LanguageData.COMMON + "/" + manifest);
            while (common.hasMoreElements()) {
                URL url = common.nextElement();
                if ("jar".equals(url.getProtocol())) {
                    addFrom(url, root, manifest, codes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the language packs under " + root, e);
        }
        codes.remove(LanguageData.COMMON);
        return List.copyOf(codes);
    }

    private static void addFrom(URL url, String root, String manifest, Set<String> codes) throws IOException {
        switch (url.getProtocol()) {
            case "file" -> addFromDirectory(directory(url), manifest, codes);
            case "jar" -> addFromJar(url, root, manifest, codes);
            default -> {
                // other class loaders (a module image) hold no packs of their own
            }
        }
    }

    private static Path directory(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the language packs at " + url, e);
        }
    }

    private static void addFromDirectory(Path dir, String manifest, Set<String> codes) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> folders = Files.list(dir)) {
            folders.filter(f -> Files.isRegularFile(f.resolve(manifest)))
                    .map(f -> f.getFileName().toString())
                    .filter(LanguageData::isFolderName)
                    .forEach(codes::add);
        }
    }

    /**
     * The folders of a jar's packs, written by the build next to them: a jar with its dependencies has tens of
     * thousands of entries, and reading them all is a noticeable part of a short run's start-up.
     */
    static final String INDEX = "packs.txt";

    private static void addFromJar(URL url, String root, String manifest, Set<String> codes) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            JarEntry index = jar.getJarEntry(root + INDEX);
            if (index != null) {
                addFromIndex(jar, index, root, manifest, codes);
                return;
            }
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String code = codeOf(entries.nextElement().getName(), root, manifest);
                if (code != null) {
                    codes.add(code);
                }
            }
        }
    }

    /** The packs an index names that the jar holds a manifest for. */
    private static void addFromIndex(JarFile jar, JarEntry index, String root, String manifest, Set<String> codes)
            throws IOException {
        try (InputStream in = jar.getInputStream(index)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String code = line.strip();
                if (LanguageData.isFolderName(code) && jar.getJarEntry(root + code + "/" + manifest) != null) {
                    codes.add(code);
                }
            }
        }
    }

    /** The code of {@code <root><code>/<manifest>}, or null for any other entry. */
    static String codeOf(String entry, String root, String manifest) {
        if (!entry.startsWith(root) || !entry.endsWith("/" + manifest)
                || entry.length() <= root.length() + manifest.length()) {
            return null;
        }
        String code = entry.substring(root.length(), entry.length() - manifest.length() - 1);
        return LanguageData.isFolderName(code) ? code : null;
    }
}
