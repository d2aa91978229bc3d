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
        long h = FeatureWeights.EMPTY_HASH;
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
        return viterbi(table::addTo, Features.of(s), s);
    }

    /**
     * Viterbi search over first-order tag sequences: each token's score is the sum of its own features' weights
     * and of the features pairing the previous tag with this token; I-X may only follow B-X or I-X.
     */
    /** Adds the weights of a feature to per-tag scores. */
    private interface Weights {
        void addTo(String feature, double[] scores);
    }

    private static int[] viterbi(Weights w, List<List<String>> features, SentenceView s) {
        int n = features.size();
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        double[][] best = new double[n][N];
        int[][] back = new int[n][N];
        double[] own = new double[N];
        double[] pair = new double[N];
        // The previous-tag and previous-tag-with-shape features repeat across the sentence: scored once each.
        Map<String, double[]> repeated = new HashMap<>();
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(own, 0);
            add(w, features.get(i), own);
            for (int k = 0; k < N; k++) {
                best[i][k] = Double.NEGATIVE_INFINITY;
            }
            int previousCount = i == 0 ? 1 : N;
            for (int p = 0; p < previousCount; p++) {
                if (i > 0 && best[i - 1][p] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                java.util.Arrays.fill(pair, 0);
                List<String> h = history(i == 0 ? -1 : p, i, s);
                for (int f = 0; f < h.size(); f++) {
                    String feature = h.get(f);
                    if (feature.startsWith("t1w=")) {
                        w.addTo(feature, pair);
                    } else {
                        double[] v = repeated.computeIfAbsent(feature, x -> {
                            double[] scores = new double[N];
                            w.addTo(x, scores);
                            return scores;
                        });
                        for (int k = 0; k < N; k++) {
                            pair[k] += v[k];
                        }
                    }
                }
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

    private static void add(Weights w, List<String> features, double[] scores) {
        for (String f : features) {
            w.addTo(f, scores);
        }
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
                int[] guess = viterbi((f, scores) -> {
                    float[] v = w.get(f);
                    if (v != null) {
                        for (int k = 0; k < N; k++) {
                            scores[k] += v[k];
                        }
                    }
                }, feats, ex.view());
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
