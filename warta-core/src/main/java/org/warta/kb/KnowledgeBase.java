package org.warta.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The canonical entities Warta links mentions to: countries (names generated from CLDR through ICU, plus the
 * abbreviations, capitals, demonyms and epithets in {@code countries.kb}), world regions, leaders and organisations
 * from the {@code .kb} files under {@code org/warta/kb/}, and any user files. Immutable once built.
 *
 * <p>User files: every {@code .kb} file in the directories or files named by the environment variable
 * {@code WARTA_KB} or the system property {@code warta.kb} (several separated by the path separator). Entities
 * with an id already present are merged into it (their names added), so a user file can extend a country.
 */
public final class KnowledgeBase {
    private static final String ROOT = "org/warta/kb/";

    private final Map<String, KbEntity> entities;
    private final Map<String, String> countryIds;
    private final Roles roles;
    private final List<KbFormat.Problem> problems;

    private KnowledgeBase(Map<String, KbEntity> entities, Roles roles, List<KbFormat.Problem> problems) {
        this.entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        Map<String, String> ids = new LinkedHashMap<>();
        for (KbEntity e : entities.values()) {
            if ("country".equals(e.kind()) && e.country() != null) {
                ids.putIfAbsent(e.country(), e.id());
            }
        }
        this.countryIds = Map.copyOf(ids);
        this.roles = roles;
        this.problems = List.copyOf(problems);
    }

    /** The shipped knowledge base plus the user files named by WARTA_KB / warta.kb. */
    public static KnowledgeBase standard() {
        return Holder.STANDARD;
    }

    /** The shipped knowledge base only. */
    public static KnowledgeBase builtIn() {
        return load(List.of());
    }

    /** The shipped knowledge base plus the given user files or directories of {@code .kb} files. */
    public static KnowledgeBase load(List<Path> userPaths) {
        return load(userPaths, null);
    }

    /** The shipped knowledge base without one of its files: what an importer writing that file builds on. */
    static KnowledgeBase builtInWithout(String file) {
        return load(List.of(), file);
    }

    private static KnowledgeBase load(List<Path> userPaths, String leftOut) {
        Shipped shipped = leftOut == null ? KbSnapshot.shipped(KnowledgeBase::readShipped)
                : readShipped(leftOut);
        List<KbFormat.Problem> problems = new ArrayList<>(shipped.problems());
        Map<String, KbEntity> all = new LinkedHashMap<>();
        for (KbEntity e : shipped.entities()) {
            all.put(e.id(), e);
        }
        for (Path p : userPaths) {
            for (Path f : kbFiles(p, problems)) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    KbFormat.read(r, f.toString(), problems).forEach(e -> add(all, e));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new KbFormat.Problem(f.toString(), "cannot read: " + e.getMessage()));
                }
            }
        }
        all.replaceAll((id, e) -> complete(e));
        return new KnowledgeBase(all, Roles.vocabulary(), problems);
    }

    /**
     * The shipped entities, each id's definitions merged but not yet completed (a user file may still add to them),
     * and the problems found reading them.
     */
    record Shipped(List<KbEntity> entities, List<KbFormat.Problem> problems) {
    }

    static Shipped readShipped() {
        return readShipped(null);
    }

    /** The shipped entities from CLDR and the data files, but for {@code leftOut} when it is not null. */
    private static Shipped readShipped(String leftOut) {
        List<KbFormat.Problem> problems = new ArrayList<>();
        Map<String, KbEntity> all = new LinkedHashMap<>();
        for (KbEntity e : CldrNames.countriesAndRegions()) {
            add(all, e);
        }
        for (String file : shippedFiles()) {
            if (file.equals(leftOut)) {
                continue;
            }
            for (KbEntity e : readResource(ROOT + file, problems)) {
                add(all, e);
            }
        }
        return new Shipped(List.copyOf(all.values()), List.copyOf(problems));
    }

    /** The data files of the shipped base, as {@code index.txt} lists them. */
    static List<String> shippedFiles() {
        return resourceLines(ROOT + "index.txt");
    }

    /** Paths from WARTA_KB and the warta.kb system property. */
    public static List<Path> userPathsFromEnvironment() {
        List<Path> out = new ArrayList<>();
        for (String v : new String[] {System.getenv("WARTA_KB"), System.getProperty("warta.kb")}) {
            if (v == null || v.isBlank()) {
                continue;
            }
            for (String part : v.split(java.io.File.pathSeparator)) {
                if (!part.isBlank()) {
                    out.add(Path.of(part.strip()));
                }
            }
        }
        return out;
    }

    private static void add(Map<String, KbEntity> all, KbEntity e) {
        all.merge(e.id(), e, KbEntity::merge);
    }

    /** Fills in what an entity's kind implies, so data files stay short. */
    private static KbEntity complete(KbEntity e) {
        String canonical = e.canonical();
        if (canonical == null) {
            List<String> en = e.namesIn(KbEntity.CANONICAL_LANGUAGE);
            canonical = en.isEmpty() ? e.allNames().stream().findFirst().orElse(e.id()) : en.get(0);
        }
        return new KbEntity(e.id(), e.type() == null ? org.warta.model.Entity.Type.ORG : e.type(), e.kind(),
                canonical, e.country(), e.role(), e.former(), e.names(), e.adjectives(), e.tenures());
    }

    private static List<Path> kbFiles(Path p, List<KbFormat.Problem> problems) {
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        if (!Files.isDirectory(p)) {
            problems.add(new KbFormat.Problem(p.toString(), "no such file or directory"));
            return List.of();
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(f -> f.toString().endsWith(".kb") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            problems.add(new KbFormat.Problem(p.toString(), "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    private static List<KbEntity> readResource(String resource, List<KbFormat.Problem> problems) {
        InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            problems.add(new KbFormat.Problem(resource, "missing from the class path"));
            return List.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return KbFormat.read(r, resource, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<String> resourceLines(String resource) {
        InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public Collection<KbEntity> entities() {
        return entities.values();
    }

    public KbEntity get(String id) {
        return entities.get(id);
    }

    /** The country entity for an ISO alpha-3 code, or null. */
    public KbEntity country(String alpha3) {
        String id = alpha3 == null ? null : countryIds.get(alpha3);
        return id == null ? null : entities.get(id);
    }

    public Roles roles() {
        return roles;
    }

    /** Lines of the data files that could not be used; empty when all is well. */
    public List<KbFormat.Problem> problems() {
        return problems;
    }

    public int size() {
        return entities.size();
    }

    private static final class Holder {
        static final KnowledgeBase STANDARD = load(userPathsFromEnvironment());
    }
}
