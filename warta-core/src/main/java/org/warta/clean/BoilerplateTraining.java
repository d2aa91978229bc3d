package org.warta.clean;

import java.io.PrintStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.warta.token.Scripts;

/**
 * Builds the boilerplate model from web pages whose article text is known: every visible line of a page is an
 * example, boilerplate unless the article text holds it. A fixed fifth of the pages (by name) is held out to
 * measure the model and to pick its threshold.
 */
public final class BoilerplateTraining {
    /** Most article lines wrongly taken out on the held-out pages, as a share of their article lines. */
    public static final double MAX_WRONG_REMOVAL = 0.02;
    /** At most this many lines of the page are kept before and after its article. */
    static final int CONTEXT = 12;
    /** Stretches drawn from each page. */
    static final int CROPS = 3;
    /** Half of the crops are cut at this many characters or up to twice as many. */
    static final int CUT_MIN = 1500;

    private BoilerplateTraining() {
    }

    /** A page and its article text. */
    public record Page(String name, String html, String articleText) {
    }

    /** Labelled lines of one page. */
    public record Labelled(String name, List<String> lines, boolean[] boilerplate, double[][] features) {
    }

    /** What the held-out pages say of the model. */
    public record Report(int trainPages, int heldOutPages, int trainLines, int heldOutLines, double precision,
                         double recall, double wrongRemoval, double threshold) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d training stretches of pages (%d lines), %d held out (%d lines): boilerplate "
                            + "precision %.3f, recall %.3f, article lines taken out %.3f at threshold %.3f",
                    trainPages, trainLines, heldOutPages, heldOutLines, precision, recall, wrongRemoval, threshold);
        }
    }

    public record Result(BoilerplateModel model, Report report) {
    }

    public static boolean heldOut(String name) {
        return Math.floorMod(name.hashCode(), 5) == 0;
    }

    /**
     * Stretches of the page's lines with labels and features ({@value #CROPS} of them, drawn differently), or none
     * when the article text is not found on the page.
     */
    public static List<Labelled> label(Page page) {
        Document doc = PageLines.parse(page.html());
        String title = PageLines.title(doc);
        String titleKey = title == null ? "" : normalise(title);
        List<String> lines = PageLines.of(doc);
        boolean[] inArticle = inArticle(lines, " " + normalise(page.articleText()) + " ");
        boolean[] b = new boolean[lines.size()];
        int article = 0;
        for (int i = 0; i < b.length; i++) {
            // the headline is article text: the data sets' article text leaves it out, the clean text keeps it
            b[i] = !inArticle[i] && (titleKey.isEmpty() || !normalise(lines.get(i)).equals(titleKey));
            article += inArticle[i] ? 1 : 0;
        }
        if (article == 0) {
            return List.of();
        }
        List<Labelled> crops = new ArrayList<>();
        for (int k = 0; k < CROPS; k++) {
            // plain text comes without a title: half of the crops are seen without theirs
            Random random = new Random(page.name().hashCode() * 31L + k);
            crops.add(crop(page.name(), lines, b, random.nextBoolean() ? title : null, random));
        }
        return crops;
    }

    /**
     * The stretch of the page around its article: what the clean stage sees is the extractor's output or text
     * saved from the web, not a whole page, so the examples are the article's lines with a few lines of the page
     * on either side (how many is drawn per page, with a seed taken from its name, so training is reproducible).
     */
    static Labelled crop(String name, List<String> lines, boolean[] boilerplate, String title, Random random) {
        int first = 0;
        while (boilerplate[first]) {
            first++;
        }
        int last = boilerplate.length - 1;
        while (boilerplate[last]) {
            last--;
        }
        int from = Math.max(0, first - random.nextInt(CONTEXT + 1));
        int to = Math.min(lines.size(), last + 1 + random.nextInt(CONTEXT + 1));
        List<String> kept = new ArrayList<>(lines.subList(from, to));
        boolean[] labels = Arrays.copyOfRange(boilerplate, from, to);
        if (random.nextBoolean()) {
            // text saved from the web is often cut at a length, in the middle of a sentence
            kept = cut(kept, CUT_MIN + random.nextInt(CUT_MIN));
            labels = Arrays.copyOf(labels, kept.size());
        }
        return new Labelled(name, List.copyOf(kept), labels, LineFeatures.of(kept, title));
    }

    /** The lines up to a number of characters, the last one cut short there. */
    private static List<String> cut(List<String> lines, int chars) {
        List<String> out = new ArrayList<>();
        int left = chars;
        for (String line : lines) {
            if (line.length() >= left) {
                if (left > 0) {
                    out.add(line.substring(0, left).strip());
                }
                break;
            }
            out.add(line);
            left -= line.length();
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /**
     * Which lines the article holds. A long line is in it when the article text contains it; a short one ("Weather",
     * a person's name, a subheading) only where the article holds it between the long lines around it, so that a
     * menu entry the article happens to mention is not taken for article text.
     */
    static boolean[] inArticle(List<String> lines, String body) {
        int n = lines.size();
        String[] keys = new String[n];
        int[] start = new int[n];
        boolean[] found = new boolean[n];
        for (int i = 0; i < n; i++) {
            keys[i] = normalise(lines.get(i));
            start[i] = -1;
            if (isLong(lines.get(i), keys[i])) {
                start[i] = find(body, keys[i], lines.get(i), 0);
                found[i] = start[i] >= 0;
            }
        }
        int previousEnd = -1;
        for (int i = 0; i < n; i++) {
            if (found[i]) {
                previousEnd = start[i] + keys[i].length();
                continue;
            }
            if (keys[i].isEmpty() || isLong(lines.get(i), keys[i])) {
                continue;
            }
            int nextStart = -1;
            for (int j = i + 1; j < n && j <= i + 12; j++) {
                if (found[j]) {
                    nextStart = start[j];
                    break;
                }
            }
            if (previousEnd < 0 && nextStart < 0) {
                continue;
            }
            int from = previousEnd >= 0 ? Math.max(0, previousEnd - 2) : Math.max(0, nextStart - 200);
            int to = nextStart >= 0 ? nextStart + 2 : previousEnd + 200;
            int at = find(body, keys[i], lines.get(i), from);
            found[i] = at >= 0 && at <= to;
        }
        return found;
    }

    private static boolean isLong(String line, String key) {
        boolean unspaced = line.codePoints().anyMatch(Scripts::unspaced);
        return unspaced ? key.length() >= 15 : key.split(" ").length >= 6;
    }

    private static int find(String body, String key, String line, int from) {
        if (key.isEmpty()) {
            return -1;
        }
        boolean unspaced = line.codePoints().anyMatch(Scripts::unspaced);
        int at = unspaced ? body.indexOf(key, from) : body.indexOf(" " + key + " ", Math.max(0, from - 1));
        return at < 0 || unspaced ? at : at + 1;
    }

    /** Text as compared between a page's lines and its article: folded, letters and digits, single spaces. */
    static String normalise(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.appendCodePoint(c);
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** Trains on the pages not held out and picks the threshold on those held out. */
    public static Result train(List<Labelled> pages, BoilerplateModel.Settings settings, PrintStream log) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Labelled> held = new ArrayList<>();
        int trainPages = 0;
        for (Labelled p : pages) {
            if (heldOut(p.name())) {
                held.add(p);
                continue;
            }
            trainPages++;
            for (int i = 0; i < p.lines().size(); i++) {
                x.add(p.features()[i]);
                y.add(p.boilerplate()[i]);
            }
        }
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        log.printf("training on %d lines of %d pages%n", labels.length, trainPages);
        BoilerplateModel model = BoilerplateModel.train(x, labels, LineFeatures.NAMES, settings);
        List<double[]> scored = new ArrayList<>();
        int heldLines = 0;
        for (Labelled p : held) {
            for (int i = 0; i < p.lines().size(); i++) {
                // a line the clean stage always keeps counts as kept, whatever the model says
                double probability = CleanStage.alwaysKept(p.lines().get(i), p.features()[i]) ? 0
                        : model.probability(p.features()[i]);
                scored.add(new double[]{probability, p.boilerplate()[i] ? 1 : 0});
                heldLines++;
            }
        }
        double threshold = threshold(scored);
        Report report = measure(scored, threshold, trainPages, held.size(), labels.length, heldLines);
        return new Result(model.withThreshold(threshold), report);
    }

    /** The lowest threshold at which at most {@link #MAX_WRONG_REMOVAL} of the article lines go. */
    static double threshold(List<double[]> scored) {
        double[] article = scored.stream().filter(s -> s[1] == 0).mapToDouble(s -> s[0]).sorted().toArray();
        if (article.length == 0) {
            return 0.5;
        }
        int allowed = (int) Math.floor(article.length * MAX_WRONG_REMOVAL);
        double above = article[article.length - 1 - allowed];
        return Math.max(0.5, Math.nextUp(above));
    }

    private static Report measure(List<double[]> scored, double threshold, int trainPages, int heldPages,
                                  int trainLines, int heldLines) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int article = 0;
        for (double[] s : scored) {
            boolean out = s[0] >= threshold;
            boolean gold = s[1] == 1;
            tp += out && gold ? 1 : 0;
            fp += out && !gold ? 1 : 0;
            fn += !out && gold ? 1 : 0;
            article += gold ? 0 : 1;
        }
        return new Report(trainPages, heldPages, trainLines, heldLines, tp + fp == 0 ? 0 : (double) tp / (tp + fp),
                tp + fn == 0 ? 0 : (double) tp / (tp + fn), article == 0 ? 0 : (double) fp / article, threshold);
    }

}
