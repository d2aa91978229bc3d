package org.warta.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Whether a line is boilerplate, as small gradient-boosted trees over the {@link LineFeatures}. Trees rather than a
 * linear model because what tells a menu entry from a subheading is a combination (a short line among short lines
 * far from prose, against a short line between two paragraphs): a linear model over the same features took out
 * 0.70 of the held-out boilerplate at the wrong-removal budget, the trees take out more. Each feature is cut into
 * at most {@value #MAX_BINS} bins at quantiles of the training data, and trees split on bins, so the model is a
 * small table of numbers that trains in seconds and is read back exactly.
 *
 * @param names the feature names, in the order {@link LineFeatures} writes them
 * @param cuts per feature, the ascending values that separate its bins
 * @param trees the trees, whose scores add up to the log-odds of boilerplate
 * @param base the log-odds before any tree
 * @param threshold the probability from which a line is taken out
 */
public record BoilerplateModel(List<String> names, double[][] cuts, List<Tree> trees, double base,
                               double threshold) {
    private static final String HEADER = "warta-boilerplate-model 2";
    private static final String RESOURCE = "boilerplate.model.gz";
    static final int MAX_BINS = 32;

    /**
     * One regression tree, in arrays: node {@code i} sends a line left when its bin of {@code feature[i]} is at most
     * {@code split[i]}; a node with {@code feature[i] < 0} is a leaf worth {@code value[i]}.
     */
    public record Tree(int[] feature, int[] split, int[] left, int[] right, double[] value) {
        /** A tree from its nodes, each {feature, split, left, right} (feature -1 for a leaf), and their values. */
        static Tree of(int[][] nodes, double[] value) {
            int k = nodes.length;
            int[] feature = new int[k];
            int[] split = new int[k];
            int[] left = new int[k];
            int[] right = new int[k];
            for (int i = 0; i < k; i++) {
                feature[i] = nodes[i][0];
                split[i] = nodes[i][1];
                left[i] = nodes[i][2];
                right[i] = nodes[i][3];
            }
            return new Tree(feature, split, left, right, value);
        }

        double score(int[] bins) {
            int i = 0;
            while (feature[i] >= 0) {
                i = bins[feature[i]] <= split[i] ? left[i] : right[i];
            }
            return value[i];
        }
    }

    private static final class Holder {
        static final BoilerplateModel DEFAULT = loadDefault();
    }

    /** The model shipped with Warta, or null where none is shipped. */
    public static BoilerplateModel defaults() {
        return Holder.DEFAULT;
    }

    private static BoilerplateModel loadDefault() {
        InputStream in = BoilerplateModel.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        try (InputStream gz = new GZIPInputStream(in)) {
            return read(gz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability that a line with these features is boilerplate. */
    public double probability(double[] features) {
        int[] bins = new int[cuts.length];
        for (int f = 0; f < cuts.length; f++) {
            bins[f] = bin(cuts[f], features[f]);
        }
        double z = base;
        for (int t = 0; t < trees.size(); t++) {
            z += trees.get(t).score(bins);
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean isBoilerplate(double[] features) {
        return probability(features) >= threshold;
    }

    public BoilerplateModel withThreshold(double t) {
        return new BoilerplateModel(names, cuts, trees, base, t);
    }

    static int bin(double[] cuts, double value) {
        int lo = 0;
        int hi = cuts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (value > cuts[mid]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Training settings: number of trees, their depth, the shrinkage, the L2 penalty and smallest leaf (hessian). */
    public record Settings(int trees, int depth, double rate, double lambda, double minLeaf) {
        public static Settings defaults() {
            return new Settings(150, 4, 0.15, 1.0, 5.0);
        }
    }

    /** Fits the trees to the log loss (Newton steps on binned features); the same data gives the same model. */
    public static BoilerplateModel train(List<double[]> examples, boolean[] boilerplate, List<String> names,
                                         Settings settings) {
        int nf = names.size();
        int n = examples.size();
        double[][] cuts = new double[nf][];
        for (int f = 0; f < nf; f++) {
            cuts[f] = quantileCuts(examples, f);
        }
        int[][] bins = new int[n][nf];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < nf; f++) {
                bins[i][f] = bin(cuts[f], examples.get(i)[f]);
            }
        }
        int positives = 0;
        for (boolean b : boilerplate) {
            positives += b ? 1 : 0;
        }
        double prior = (positives + 1.0) / (n + 2.0);
        double base = Math.log(prior / (1 - prior));
        double[] score = new double[n];
        Arrays.fill(score, base);
        double[] g = new double[n];
        double[] h = new double[n];
        List<Tree> trees = new ArrayList<>();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int t = 0; t < settings.trees(); t++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-score[i]));
                g[i] = p - (boilerplate[i] ? 1 : 0);
                h[i] = Math.max(p * (1 - p), 1e-6);
            }
            TreeBuilder b = new TreeBuilder(bins, g, h, cuts, settings);
            b.grow(all, 0);
            Tree tree = b.tree();
            trees.add(tree);
            for (int i = 0; i < n; i++) {
                score[i] += tree.score(bins[i]);
            }
        }
        return new BoilerplateModel(names, cuts, List.copyOf(trees), base, 0.5);
    }

    private static final class TreeBuilder {
        private final int[][] bins;
        private final double[] g;
        private final double[] h;
        private final double[][] cuts;
        private final Settings settings;
        private final List<int[]> nodes = new ArrayList<>();
        private final List<Double> values = new ArrayList<>();

        TreeBuilder(int[][] bins, double[] g, double[] h, double[][] cuts, Settings settings) {
            this.bins = bins;
            this.g = g;
            this.h = h;
            this.cuts = cuts;
            this.settings = settings;
        }

        /** Grows the node for these rows; returns its index. */
        int grow(int[] rows, int depth) {
            int self = nodes.size();
            nodes.add(new int[]{-1, 0, 0, 0});
            values.add(0.0);
            double gs = 0;
            double hs = 0;
            for (int i : rows) {
                gs += g[i];
                hs += h[i];
            }
            values.set(self, -settings.rate() * gs / (hs + settings.lambda()));
            if (depth == settings.depth() || hs < 2 * settings.minLeaf()) {
                return self;
            }
            double parent = gs * gs / (hs + settings.lambda());
            double bestGain = 1e-9;
            int bestFeature = -1;
            int bestSplit = 0;
            for (int f = 0; f < cuts.length; f++) {
                int nb = cuts[f].length + 1;
                if (nb < 2) {
                    continue;
                }
                double[] gb = new double[nb];
                double[] hb = new double[nb];
                for (int i : rows) {
                    gb[bins[i][f]] += g[i];
                    hb[bins[i][f]] += h[i];
                }
                double gl = 0;
                double hl = 0;
                for (int s = 0; s < nb - 1; s++) {
                    gl += gb[s];
                    hl += hb[s];
                    double hr = hs - hl;
                    if (hl < settings.minLeaf() || hr < settings.minLeaf()) {
                        continue;
                    }
                    double gr = gs - gl;
                    double gain = gl * gl / (hl + settings.lambda()) + gr * gr / (hr + settings.lambda()) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestFeature = f;
                        bestSplit = s;
                    }
                }
            }
            if (bestFeature < 0) {
                return self;
            }
            int leftCount = 0;
            for (int i : rows) {
                leftCount += bins[i][bestFeature] <= bestSplit ? 1 : 0;
            }
            int[] left = new int[leftCount];
            int[] right = new int[rows.length - leftCount];
            int l = 0;
            int r = 0;
            for (int i : rows) {
                if (bins[i][bestFeature] <= bestSplit) {
                    left[l++] = i;
                } else {
                    right[r++] = i;
                }
            }
            int leftNode = grow(left, depth + 1);
            int rightNode = grow(right, depth + 1);
            nodes.set(self, new int[]{bestFeature, bestSplit, leftNode, rightNode});
            return self;
        }

        Tree tree() {
            double[] value = new double[nodes.size()];
            for (int i = 0; i < value.length; i++) {
                value[i] = nodes.get(i)[0] < 0 ? values.get(i) : 0;
            }
            return Tree.of(nodes.toArray(int[][]::new), value);
        }
    }

    /** Up to {@code MAX_BINS - 1} distinct cut points at even quantiles of a feature's values. */
    private static double[] quantileCuts(List<double[]> examples, int f) {
        double[] values = new double[examples.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = examples.get(i)[f];
        }
        Arrays.sort(values);
        List<Double> cuts = new ArrayList<>();
        for (int q = 1; q < MAX_BINS; q++) {
            int at = (int) ((long) q * values.length / MAX_BINS);
            if (at <= 0 || at >= values.length) {
                continue;
            }
            // cut between distinct values, so that equal values always share a bin
            double v = values[at];
            int next = at;
            while (next < values.length && values[next] == v) {
                next++;
            }
            if (next >= values.length) {
                continue;
            }
            double cut = (v + values[next]) / 2;
            if (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1)) {
                cuts.add(cut);
            }
        }
        return cuts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8));
        w.println(HEADER);
        w.println("base\t" + number(base));
        w.println("threshold\t" + number(threshold));
        for (int f = 0; f < names.size(); f++) {
            StringBuilder b = new StringBuilder("feature\t").append(names.get(f)).append('\t');
            for (int i = 0; i < cuts[f].length; i++) {
                b.append(i == 0 ? "" : " ").append(number(cuts[f][i]));
            }
            w.println(b);
        }
        for (Tree t : trees) {
            // node: feature split left right value, the nodes of a tree separated by ';'
            StringBuilder b = new StringBuilder("tree\t");
            for (int i = 0; i < t.feature().length; i++) {
                b.append(i == 0 ? "" : ";").append(t.feature()[i]).append(' ').append(t.split()[i]).append(' ')
                        .append(t.left()[i]).append(' ').append(t.right()[i]).append(' ').append(number(t.value()[i]));
            }
            w.println(b);
        }
        w.flush();
        gz.finish();
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.6g", d);
    }

    /** Reads a model written by {@link #write}; its features must be those {@link LineFeatures} computes. */
    public static BoilerplateModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!HEADER.equals(r.readLine())) {
            throw new IOException("not a boilerplate model");
        }
        double base = Double.parseDouble(r.readLine().split("\t")[1]);
        double threshold = Double.parseDouble(r.readLine().split("\t")[1]);
        List<String> names = new ArrayList<>();
        List<double[]> cuts = new ArrayList<>();
        List<Tree> trees = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] p = line.split("\t", -1);
            if (p[0].equals("feature")) {
                names.add(p[1]);
                cuts.add(p[2].isEmpty() ? new double[0]
                        : Arrays.stream(p[2].split(" ")).mapToDouble(Double::parseDouble).toArray());
            } else if (p[0].equals("tree")) {
                trees.add(tree(p[1]));
            }
        }
        if (!names.equals(LineFeatures.NAMES)) {
            throw new IOException("the model's features are not those computed: " + names);
        }
        return new BoilerplateModel(List.copyOf(names), cuts.toArray(double[][]::new), List.copyOf(trees), base,
                threshold);
    }

    private static Tree tree(String text) {
        String[] written = text.split(";");
        int[][] nodes = new int[written.length][];
        double[] value = new double[written.length];
        for (int i = 0; i < written.length; i++) {
            String[] v = written[i].split(" ");
            nodes[i] = new int[]{Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]),
                    Integer.parseInt(v[3])};
            value[i] = Double.parseDouble(v[4]);
        }
        return Tree.of(nodes, value);
    }
}
