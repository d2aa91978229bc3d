package org.warta.entity;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A greedy left-to-right BIO tagger with an averaged perceptron over sparse features of the token, its
 * neighbours, its shape and affixes, the knowledge-base names and cues around it, and the tags already given.
 * Trained by {@link #train} on sentences with gold tags; saved as a small gzip file.
 */
public final class NerModel {
    static final String[] TAGS = {"O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-PLACE", "I-PLACE"};
    private static final int MAGIC = 0x57524e31;
    private static final int N = TAGS.length;

    /** The weights by feature name; null for a model read from a file, which keeps only {@link #table}. */
    private final Map<String, float[]> weights;
    private final FeatureWeights table;
    /** See {@link #history()}; made on first use, the same whichever thread makes it. */
    private volatile double[][][] history;
    private final int features;

    private NerModel(Map<String, float[]> weights) {
        this.weights = weights;
        this.table = new FeatureWeights(weights, N);
        this.features = weights.size();
    }

    private NerModel(FeatureWeights table, int features) {
        this.weights = null;
        this.table = table;
        this.features = features;
    }

    public int features() {
        return features;
    }

    /** The weights of one feature per tag, zero for a feature the model never saw. */
    double[] scores(String feature) {
        double[] scores = new double[N];
        table.addTo(feature, scores);
        return scores;
    }

    /** Loads a model from the class path; null when there is none. */
    static NerModel resource(String resource) {
        InputStream in = NerModel.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return null;
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads a model written by {@link #write} straight into its weight table: the feature names are hashed as they
     * are read, never made into strings (a model of a few hundred thousand features loads in a fraction of the
     * time a map of names takes).
     */
    public static NerModel read(InputStream raw) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(new GZIPInputStream(raw, 1 << 16).readAllBytes());
        try {
            if (in.getInt() != MAGIC) {
                throw new IOException("not a Warta NER model");
            }
            int classes = in.getInt();
            if (classes != N) {
                throw new IOException("model has " + classes + " tags, expected " + N);
            }
            int count = in.getInt();
            if (count < 0 || count > in.remaining() / (2 + 4 * N)) {
                throw new IOException("model has " + count + " features, more than its size allows");
            }
            FeatureWeights table = new FeatureWeights(count, N);
            float[] v = new float[N];
            for (int i = 0; i < count; i++) {
                int length = Short.toUnsignedInt(in.getShort());
                long hash = hashModifiedUtf8(in.array(), in.position(), length);
                in.position(in.position() + length);
                for (int k = 0; k < N; k++) {
                    v[k] = in.getFloat();
                }
                table.put(hash, v);
            }
            return new NerModel(table, count);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw new IOException("truncated NER model", e);
        }
    }

    /**
     * {@link FeatureWeights#hash} of a string given in the modified UTF-8 of
     * {@link java.io.DataOutputStream#writeUTF}: the characters are decoded and hashed as they come.
     */
    static long hashModifiedUtf8(byte[] bytes, int from, int length) throws IOException {
        long h = FeatureWeights.START;
        int end = from + length;
        if (end > bytes.length) {
            throw new IOException("truncated NER model");
        }
        for (int i = from; i < end; ) {
            int b = bytes[i] & 0xFF;
            char c;
            if (b < 0x80) {
                c = (char) b;
                i++;
            } else if ((b & 0xE0) == 0xC0 && i + 1 < end) {
                c = (char) (((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            } else if ((b & 0xF0) == 0xE0 && i + 2 < end) {
                c = (char) (((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            } else {
                throw new IOException("malformed feature name in the model");
            }
            h = FeatureWeights.extend(h, c);
        }
        return FeatureWeights.finish(h);
    }

    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(N);
        if (weights == null) {
            throw new IllegalStateException(
                    "a model read from a file keeps only hashed features and is not written again");
        }
        List<String> keys = new ArrayList<>(weights.keySet());
        Collections.sort(keys);
        out.writeInt(keys.size());
        for (String k : keys) {
            out.writeUTF(k);
            for (float f : weights.get(k)) {
                out.writeFloat(f);
            }
        }
        out.flush();
        gzip.finish();
    }

    /** The tag of every token of a sentence, as indices into {@link #TAGS}: the best well-formed sequence. */
    int[] tag(SentenceView s) {
        return viterbi(new HashedScores(table, history(), Features.prepare(s)), s.size());
    }

    /**
     * The weights of the features of the previous tag alone ({@code t1=}), per previous tag (-1 first), and of the
     * previous tag with the token's shape ({@code t1s=}), per previous tag and shape: the same for every sentence.
     */
    private double[][][] history() {
        double[][][] h = history;
        if (h == null) {
            h = new double[2][N + 1][];
            for (int p = -1; p < N; p++) {
                String t1 = p < 0 ? "<s>" : TAGS[p];
                h[0][p + 1] = new double[N];
                table.addTo("t1=" + t1, h[0][p + 1]);
                h[1][p + 1] = new double[Features.SHAPES.length * N];
                for (int shape = 0; shape < Features.SHAPES.length; shape++) {
                    double[] one = new double[N];
                    table.addTo("t1s=" + t1 + "|" + Features.SHAPES[shape], one);
                    System.arraycopy(one, 0, h[1][p + 1], shape * N, N);
                }
            }
            history = h;
        }
        return h;
    }

    /** The scores the search adds up: a token's own features, and those pairing a previous tag with it. */
    private interface Scores {
        /** Adds the weights of token {@code i}'s own features to {@code scores}. */
        void own(int i, double[] scores);

        /**
         * Adds to {@code scores[p]}, for each previous tag {@code p} below {@code previousCount} (-1 at the start for
         * the first token), the weights of the features pairing it with token {@code i}.
         */
        void pairs(int i, int previousCount, double[][] scores);
    }

    /** Adds the weights of a feature to per-tag scores. */
    private interface Weights {
        void addTo(String feature, double[] scores);
    }

    /** Scores from features written out as strings, as training keeps them. */
    private static final class StringScores implements Scores {
        private final Weights w;
        private final List<List<String>> features;
        private final SentenceView s;
        /** The previous-tag and previous-tag-with-shape features repeat across the sentence: scored once each. */
        private final Map<String, double[]> repeated = new HashMap<>();

        StringScores(Weights w, List<List<String>> features, SentenceView s) {
            this.w = w;
            this.features = features;
            this.s = s;
        }

        @Override
        public void own(int i, double[] scores) {
            for (String f : features.get(i)) {
                w.addTo(f, scores);
            }
        }

        @Override
        public void pairs(int i, int previousCount, double[][] scores) {
            for (int p = 0; p < previousCount; p++) {
                pair(i == 0 ? -1 : p, i, scores[p]);
            }
        }

        private void pair(int previous, int i, double[] scores) {
            List<String> h = history(previous, i, s);
            for (int f = 0; f < h.size(); f++) {
                String feature = h.get(f);
                if (feature.startsWith("t1w=")) {
                    w.addTo(feature, scores);
                } else {
                    double[] v = repeated.computeIfAbsent(feature, x -> {
                        double[] one = new double[N];
                        w.addTo(x, one);
                        return one;
                    });
                    for (int k = 0; k < N; k++) {
                        scores[k] += v[k];
                    }
                }
            }
        }
    }

    /**
     * Scores from the hashes of the features, folded over their parts as {@link Features} writes them: the same
     * features added in the same order as {@link StringScores} adds them, so the same sums, without a string per
     * feature.
     */
    private static final class HashedScores extends FeatureWeights.HashingSink implements Scores {
        private final FeatureWeights table;
        private final double[][][] history;
        private final Features.Sentence sentence;
        private long[] hashes = new long[64];
        private int[] slots = new int[64];
        private int count;

        HashedScores(FeatureWeights table, double[][][] history, Features.Sentence sentence) {
            this.table = table;
            this.history = history;
            this.sentence = sentence;
        }

        @Override
        public void own(int i, double[] scores) {
            count = 0;
            Features.token(sentence, i, this);
            table.addAll(hashes, count, slots, scores);
        }

        @Override
        public void pairs(int i, int previousCount, double[][] scores) {
            String norm = sentence.s.token(i).norm();
            int shape = sentence.shapeIds[i] * N;
            double[] t1w = new double[N];
            for (int p = 0; p < previousCount; p++) {
                int previous = i == 0 ? -1 : p;
                String t1 = previous < 0 ? "<s>" : TAGS[previous];
                double[] pair = scores[p];
                double[] alone = history[0][previous + 1];
                double[] withShape = history[1][previous + 1];
                java.util.Arrays.fill(t1w, 0);
                count = 0;
                put("t1w=").put(t1).put("|").put(norm).done();
                table.addAll(hashes, count, slots, t1w);
                // in the order the features come: the tag, the tag with the word, the tag with the shape
                for (int k = 0; k < N; k++) {
                    pair[k] = (pair[k] + alone[k]) + t1w[k];
                    pair[k] += withShape[shape + k];
                }
            }
        }

        @Override
        void feature(long hash) {
            if (count == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, count * 2);
                slots = new int[count * 2];
            }
            hashes[count++] = hash;
        }
    }

    /**
     * Viterbi search over first-order tag sequences: each token's score is the sum of its own features' weights
     * and of the features pairing the previous tag with this token; I-X may only follow B-X or I-X.
     */
    private static int[] viterbi(Scores w, int n) {
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        double[][] best = new double[n][N];
        int[][] back = new int[n][N];
        double[] own = new double[N];
        double[][] pairs = new double[N][N];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(own, 0);
            w.own(i, own);
            for (int k = 0; k < N; k++) {
                best[i][k] = Double.NEGATIVE_INFINITY;
            }
            int previousCount = i == 0 ? 1 : N;
            for (double[] pair : pairs) {
                java.util.Arrays.fill(pair, 0);
            }
            w.pairs(i, previousCount, pairs);
            for (int p = 0; p < previousCount; p++) {
                if (i > 0 && best[i - 1][p] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double[] pair = pairs[p];
                double base = i == 0 ? 0 : best[i - 1][p];
                for (int k = 0; k < N; k++) {
                    if (!allowed(i == 0 ? 0 : p, k)) {
                        continue;
                    }
                    double score = base + own[k] + pair[k];
                    if (score > best[i][k]) {
                        best[i][k] = score;
                        back[i][k] = p;
                    }
                }
            }
        }
        int k = 0;
        for (int j = 1; j < N; j++) {
            if (best[n - 1][j] > best[n - 1][k]) {
                k = j;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = k;
            k = back[i][k];
        }
        return out;
    }

    static boolean allowed(int previous, int tag) {
        if (tag == 0 || tag % 2 == 1) {
            return true;
        }
        return previous == tag || previous == tag - 1;
    }

    /** Features pairing the previous tag (-1 at the start) with the token. */
    static List<String> history(int previous, int i, SentenceView s) {
        String t1 = previous < 0 ? "<s>" : TAGS[previous];
        Token t = s.token(i);
        return List.of("t1=" + t1, "t1w=" + t1 + "|" + t.norm(), "t1s=" + t1 + "|" + Features.shape(t));
    }

    /** One training sentence: its view and gold tag indices per token. */
    public record Example(SentenceView view, int[] gold) {
    }

    /**
     * Trains a structured averaged perceptron: each sentence is tagged with the current weights and, where the
     * best sequence differs from the gold one, the gold features are rewarded and the predicted ones penalised.
     * Features seen fewer than {@code minCount} times are left out, which keeps the model small.
     */
    static NerModel train(List<Example> examples, int epochs, int minCount, long seed, java.io.PrintStream log) {
        Map<String, Integer> counts = new HashMap<>();
        List<List<List<String>>> featureCache = new ArrayList<>();
        for (Example ex : examples) {
            for (List<String> tokenFeatures : Features.of(ex.view())) {
                for (String f : tokenFeatures) {
                    counts.merge(f, 1, Integer::sum);
                }
            }
        }
        for (Example ex : examples) {
            List<List<String>> kept = new ArrayList<>();
            for (List<String> tokenFeatures : Features.of(ex.view())) {
                List<String> fs = new ArrayList<>();
                for (String f : tokenFeatures) {
                    if (counts.getOrDefault(f, 0) >= minCount) {
                        fs.add(f);
                    }
                }
                kept.add(fs);
            }
            featureCache.add(kept);
        }
        Map<String, float[]> w = new HashMap<>();
        Map<String, double[]> u = new HashMap<>();
        long c = 1;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            int errors = 0;
            int total = 0;
            for (int idx : order) {
                Example ex = examples.get(idx);
                List<List<String>> feats = featureCache.get(idx);
                int[] gold = ex.gold();
                int[] guess = viterbi(new StringScores((f, scores) -> {
                    float[] v = w.get(f);
                    if (v != null) {
                        for (int k = 0; k < N; k++) {
                            scores[k] += v[k];
                        }
                    }
                }, feats, ex.view()), feats.size());
                for (int i = 0; i < gold.length; i++) {
                    total++;
                    int gp = i == 0 ? -1 : gold[i - 1];
                    int pp = i == 0 ? -1 : guess[i - 1];
                    if (guess[i] != gold[i]) {
                        errors++;
                        update(w, u, feats.get(i), gold[i], 1, c);
                        update(w, u, feats.get(i), guess[i], -1, c);
                    }
                    if (guess[i] != gold[i] || gp != pp) {
                        update(w, u, history(gp, i, ex.view()), gold[i], 1, c);
                        update(w, u, history(pp, i, ex.view()), guess[i], -1, c);
                    }
                }
                c++;
            }
            if (log != null) {
                log.printf("epoch %d: %d/%d tokens wrong (%.2f%%)%n", epoch + 1, errors, total, 100.0 * errors / total);
            }
        }
        Map<String, float[]> averaged = new HashMap<>();
        for (Map.Entry<String, float[]> e : w.entrySet()) {
            float[] wv = e.getValue();
            double[] uv = u.get(e.getKey());
            float[] a = new float[N];
            boolean any = false;
            for (int k = 0; k < N; k++) {
                a[k] = (float) (wv[k] - uv[k] / c);
                any |= Math.abs(a[k]) > 1e-4;
            }
            if (any) {
                averaged.put(e.getKey(), a);
            }
        }
        return new NerModel(averaged);
    }

    private static void update(Map<String, float[]> w, Map<String, double[]> u, List<String> features, int tag,
                               int delta, long c) {
        for (String f : features) {
            float[] wv = w.computeIfAbsent(f, k -> new float[N]);
            double[] uv = u.computeIfAbsent(f, k -> new double[N]);
            wv[tag] += delta;
            uv[tag] += (double) c * delta;
        }
    }

}
