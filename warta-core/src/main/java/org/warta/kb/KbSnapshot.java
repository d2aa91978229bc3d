package org.warta.kb;

import com.ibm.icu.util.VersionInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.warta.lang.LanguageData;
import org.warta.lang.LanguageProfile;
import org.warta.model.Entity;
import org.warta.pipeline.Snapshots;

/**
 * The shipped knowledge base as a snapshot ({@link Snapshots}): its entities as a table of distinct strings and a
 * stream of numbers, read back without parsing the data files or asking ICU for every language's country names.
 */
final class KbSnapshot {
    /** Version of the layout below. */
    private static final int VERSION = 1;
    private static final int NONE = -1;
    private static final int NO_DATE = Integer.MIN_VALUE;

    private KbSnapshot() {
    }

    /** The shipped entities, from their snapshot when there is a good one, else built and saved. */
    static KnowledgeBase.Shipped shipped(Supplier<KnowledgeBase.Shipped> build) {
        return Snapshots.cached("knowledge-base", key(), build, KbSnapshot::read, KbSnapshot::write);
    }

    /** A hash of all the shipped base is made of: data files, language manifests, ICU's version, the code. */
    static long key() {
        List<String> resources = new ArrayList<>();
        resources.add("/org/warta/kb/index.txt");
        for (String file : KnowledgeBase.shippedFiles()) {
            resources.add("/org/warta/kb/" + file);
        }
        resources.add("/org/warta/kb/country-codes.tsv");
        resources.add("/org/warta/kb/cldr-exclusions.tsv");
        for (String language : LanguageData.languages()) {
            resources.add("/org/warta/lang/" + language + "/" + LanguageProfile.FILE);
        }
        long version = VERSION * 1_000_003L + VersionInfo.ICU_VERSION.toString().hashCode();
        return Snapshots.key(version, KnowledgeBase.class, resources, List.of(KnowledgeBase.class, KbFormat.class,
                KbEntity.class, Tenure.class, CldrNames.class, Countries.class, KbSnapshot.class,
                LanguageProfile.class));
    }

    static void write(KnowledgeBase.Shipped shipped, Snapshots.Writer w) {
        Strings strings = new Strings();
        Ints body = new Ints();
        body.add(shipped.entities().size());
        for (KbEntity e : shipped.entities()) {
            body.add(strings.of(e.id()));
            body.add(e.type() == null ? NONE : e.type().ordinal());
            body.add(strings.of(e.kind()));
            body.add(strings.of(e.canonical()));
            body.add(strings.of(e.country()));
            body.add(strings.of(e.role()));
            body.add(e.former() ? 1 : 0);
            names(e.names(), strings, body);
            names(e.adjectives(), strings, body);
            body.add(e.tenures().size());
            for (Tenure t : e.tenures()) {
                body.add(strings.of(t.code()));
                body.add(day(t.from()));
                body.add(day(t.until()));
            }
        }
        body.add(shipped.problems().size());
        for (KbFormat.Problem p : shipped.problems()) {
            body.add(strings.of(p.where()));
            body.add(strings.of(p.message()));
        }
        w.putChars(strings.chars.toString().toCharArray(), strings.chars.length());
        w.putInts(strings.ends.values, strings.ends.size);
        w.putInts(body.values, body.size);
    }

    private static int day(LocalDate date) {
        return date == null ? NO_DATE : Math.toIntExact(date.toEpochDay());
    }

    private static void names(Map<String, List<String>> names, Strings strings, Ints body) {
        body.add(names.size());
        names.forEach((language, list) -> {
            body.add(strings.of(language));
            body.add(list.size());
            list.forEach(n -> body.add(strings.of(n)));
        });
    }

    static KnowledgeBase.Shipped read(Snapshots.Reader r) {
        char[] chars = r.chars();
        int[] ends = r.ints();
        String[] table = new String[ends.length];
        int start = 0;
        for (int i = 0; i < ends.length; i++) {
            table[i] = new String(chars, start, ends[i] - start);
            start = ends[i];
        }
        Body in = new Body(r.ints(), table);
        int count = in.count();
        List<KbEntity> entities = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = in.string();
            int type = in.next();
            Entity.Type t = type == NONE ? null : Entity.Type.values()[type];
            String kind = in.string();
            String canonical = in.string();
            String country = in.string();
            String role = in.string();
            boolean former = in.next() == 1;
            Map<String, List<String>> names = in.names();
            Map<String, List<String>> adjectives = in.names();
            int tenureCount = in.count();
            List<Tenure> tenures = new ArrayList<>(tenureCount);
            for (int k = 0; k < tenureCount; k++) {
                tenures.add(new Tenure(in.string(), in.date(), in.date()));
            }
            entities.add(new KbEntity(id, t, kind, canonical, country, role, former, names, adjectives, tenures));
        }
        int problemCount = in.count();
        List<KbFormat.Problem> problems = new ArrayList<>(problemCount);
        for (int i = 0; i < problemCount; i++) {
            problems.add(new KbFormat.Problem(in.string(), in.string()));
        }
        if (in.at != in.values.length) {
            throw new IllegalStateException("knowledge-base snapshot has trailing data");
        }
        return new KnowledgeBase.Shipped(List.copyOf(entities), List.copyOf(problems));
    }

    /** Distinct strings, each once, by number. */
    private static final class Strings {
        final Map<String, Integer> numbers = new LinkedHashMap<>();
        final StringBuilder chars = new StringBuilder();
        final Ints ends = new Ints();

        int of(String s) {
            if (s == null) {
                return NONE;
            }
            Integer n = numbers.get(s);
            if (n == null) {
                n = numbers.size();
                numbers.put(s, n);
                chars.append(s);
                ends.add(chars.length());
            }
            return n;
        }
    }

    private static final class Ints {
        int[] values = new int[1024];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    /** Reads the stream of numbers back; an index out of range throws, which rejects the snapshot. */
    private static final class Body {
        final int[] values;
        final String[] strings;
        int at;

        Body(int[] values, String[] strings) {
            this.values = values;
            this.strings = strings;
        }

        int next() {
            return values[at++];
        }

        int count() {
            int n = next();
            if (n < 0 || n > values.length - at) {
                throw new IllegalStateException("bad count in knowledge-base snapshot");
            }
            return n;
        }

        String string() {
            int n = next();
            return n == NONE ? null : strings[n];
        }

        LocalDate date() {
            int d = next();
            return d == NO_DATE ? null : LocalDate.ofEpochDay(d);
        }

        Map<String, List<String>> names() {
            int languages = count();
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (int i = 0; i < languages; i++) {
                String language = string();
                int n = count();
                List<String> list = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    list.add(string());
                }
                out.put(language, list);
            }
            return out;
        }
    }
}
