package org.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.io.ArticleJson;
import org.warta.model.Article;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.pipeline.Pipeline;
import org.warta.story.Fingerprint;
import org.warta.story.Fingerprints;
import org.warta.story.StoryMemory;

/**
 * Story evaluations: a news set's articles grouped online and scored pairwise against the gold stories, and a set of
 * article pairs with human similarity scores correlated with Warta's story similarity.
 */
final class StoryEval {
    /** A news set grouped: each article's gold and found story, and how many distractors joined a story. */
    record Grouping(Map<String, String> gold, Map<String, String> found, double[] pairwise, int distractorsJoined,
                    int distractors) {
    }

    /** One scored pair of the similarity set. */
    record Pair(String languages, double gold, double similarity) {
    }

    private StoryEval() {
    }

    static Pipeline pipeline() {
        return Pipeline.of(Pipelines.stages(WartaOptions.defaults()));
    }

    /**
     * Groups articles online, in an order that does not follow the gold stories (by a hash of their ids), as a feed
     * would bring them.
     *
     * @param prints each article's fingerprint, by the id the gold uses
     * @param gold   article id → gold story, or null for a distractor
     */
    static Grouping group(Map<String, Fingerprint> prints, Map<String, String> gold, StoryMemory.Options options,
                          int seed) {
        List<String> order = new ArrayList<>(prints.keySet());
        order.sort(Comparator.comparingInt(id -> Integer.reverse((id.hashCode() + seed * 0x632BE5AB) * 0x9E3779B1)));
        StoryMemory memory = new StoryMemory(options);
        Map<String, String> assigned = new LinkedHashMap<>();
        for (String id : order) {
            assigned.put(id, memory.add(prints.get(id)).story().id());
        }
        Map<String, String> truth = new LinkedHashMap<>();
        Map<String, String> found = new LinkedHashMap<>();
        Map<String, Integer> sizes = new TreeMap<>();
        for (String id : prints.keySet()) {
            String story = memory.resolve(assigned.get(id));
            found.put(id, story);
            sizes.merge(story, 1, Integer::sum);
            truth.put(id, gold.get(id) != null ? gold.get(id) : "=" + id);
        }
        int distractors = 0;
        int joined = 0;
        for (String id : prints.keySet()) {
            if (gold.get(id) == null) {
                distractors++;
                joined += sizes.get(found.get(id)) > 1 ? 1 : 0;
            }
        }
        return new Grouping(truth, found, PairwiseF1.score(truth, found), joined, distractors);
    }

    /**
     * The mean of {@link #group} over {@code orders} arrival orders ({precision, recall, F1, distractors joined}):
     * online grouping depends on the order articles come in, and one order can be lucky.
     */
    static double[] meanOverOrders(Map<String, Fingerprint> prints, Map<String, String> gold,
                                   StoryMemory.Options options, int orders) {
        double[] sum = new double[4];
        int[] defined = new int[4];
        for (int seed = 0; seed < orders; seed++) {
            Grouping g = group(prints, gold, options, seed);
            for (int i = 0; i < 3; i++) {
                if (!Double.isNaN(g.pairwise()[i])) {
                    sum[i] += g.pairwise()[i];
                    defined[i]++;
                }
            }
            sum[3] += g.distractorsJoined();
            defined[3]++;
        }
        for (int i = 0; i < 4; i++) {
            // a measure undefined in every order (no pair in one story at all) stays undefined
            sum[i] = defined[i] == 0 ? Double.NaN : sum[i] / defined[i];
        }
        return sum;
    }

    /** The fingerprint of one article run through the pipeline. */
    static Fingerprint fingerprint(Pipeline pipeline, String id, String text, String url, String title, String path) {
        Hints hints = new Hints(id, title, null, null, null, null, null, List.of());
        Article a = pipeline.process(new RawDocument(text, RawDocument.TEXT, new Source(path, url, "text", null), hints));
        return Fingerprints.of(a);
    }

    /**
     * Scores every pair of a SemEval-2022 Task 8 file: each text through the pipeline once, then the similarity of
     * the two with feature rarities counted over all the set's texts.
     */
    static List<Pair> pairs(Path file, Pipeline pipeline) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(ArticleJson.MAPPER.readTree(line));
                }
            }
        }
        Map<String, Fingerprint> prints = new LinkedHashMap<>();
        StoryMemory memory = new StoryMemory(StoryMemory.Options.defaults());
        for (JsonNode row : rows) {
            for (int side = 1; side <= 2; side++) {
                String url = row.path("url" + side).asText();
                if (!prints.containsKey(url)) {
                    Fingerprint f = fingerprint(pipeline, "doc-" + prints.size(), row.path("text" + side).asText(),
                            url, blankToNull(row.path("title" + side).asText()), file + "#" + url);
                    prints.put(url, f);
                    memory.add(f);
                }
            }
        }
        List<Pair> out = new ArrayList<>();
        for (JsonNode row : rows) {
            Fingerprint a = prints.get(row.path("url1").asText());
            Fingerprint b = prints.get(row.path("url2").asText());
            String langs = row.path("lang1").asText() + "-" + row.path("lang2").asText();
            out.add(new Pair(langs, row.path("overall").asDouble(), memory.similarity(a, b)));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Pearson's correlation of two equally long series; NaN for fewer than two or a constant series. */
    static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
