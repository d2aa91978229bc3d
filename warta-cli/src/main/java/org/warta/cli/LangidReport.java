package org.warta.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.cli.LangidEval.LanguageRow;
import org.warta.cli.LangidEval.Miss;
import org.warta.cli.LangidEval.NewsResult;
import org.warta.cli.LangidEval.Score;
import org.warta.cli.LangidEval.TestdataResult;

/** Prints the language identification evaluation as plain-text tables. */
final class LangidReport {
    /** A language this far below Lingua's published figure is listed. */
    static final double TOLERANCE = 0.5;
    private static final int MISS_TEXT_CHARS = 200;

    private LangidReport() {
    }

    static void testdata(TestdataResult result, PrintStream out) {
        out.println("lingua-testdata: accuracy (%) per language; lingua = Lingua 1.2.2's published figure "
                + "(high-accuracy mode), diff = warta - lingua");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-4s  %-12s", "code", "language"));
        StringBuilder sub = new StringBuilder(String.format(Locale.ROOT, "%-4s  %-12s", "", ""));
        for (String kind : LangidEval.KINDS) {
            header.append(String.format(Locale.ROOT, "  %-21s", kind));
            sub.append(String.format(Locale.ROOT, "  %6s %6s %6s ", "warta", "lingua", "diff"));
        }
        for (StringBuilder b : List.of(header, sub)) {
            b.setLength(b.toString().stripTrailing().length());
        }
        out.println(header);
        out.println(sub);
        for (LanguageRow row : result.rows()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-4s  %-12s", row.code(), row.name()));
            for (String kind : LangidEval.KINDS) {
                Score s = row.scores().get(kind);
                Double p = row.published().get(kind);
                line.append(String.format(Locale.ROOT, "  %6s %6s %6s ", pct(s.percent()), pct(p), diff(s.percent(), p)));
            }
            out.println(line.toString().stripTrailing());
        }
        StringBuilder mean = new StringBuilder(String.format(Locale.ROOT, "%-18s", "mean"));
        for (String kind : LangidEval.KINDS) {
            double[] m = means(result.rows(), kind);
            mean.append(String.format(Locale.ROOT, "  %6s %6s %6s ", pct2(m[0]), pct2(m[1]), diff2(m[0], m[1])));
        }
        out.println(mean.toString().stripTrailing());
        out.printf(Locale.ROOT, "means over the %d languages with a published figure%n",
                (int) means(result.rows(), LangidEval.KINDS.get(0))[2]);
        out.printf(Locale.ROOT, "mean sentence accuracy: %.2f (Lingua: %.2f)%n",
                means(result.rows(), "sentences")[0], means(result.rows(), "sentences")[1]);
        out.println("more than " + TOLERANCE + " points below Lingua:");
        for (String kind : LangidEval.KINDS) {
            List<String> below = new ArrayList<>();
            for (LanguageRow row : result.rows()) {
                double warta = row.scores().get(kind).percent();
                Double lingua = row.published().get(kind);
                if (lingua != null && warta < lingua - TOLERANCE) {
                    below.add(String.format(Locale.ROOT, "%s %s", row.code(), diff(warta, lingua)));
                }
            }
            out.printf(Locale.ROOT, "  %-13s %s%n", kind + ":", below.isEmpty() ? "none" : String.join(", ", below));
        }
        if (!result.unsupported().isEmpty()) {
            out.println("test files in languages without a Lingua 1.2.2 model (not scored): "
                    + String.join(" ", result.unsupported()));
        }
    }

    static void news(NewsResult result, PrintStream out) {
        out.println("id-ms-news: accuracy (%); first paragraph = the text up to the first line break");
        out.printf(Locale.ROOT, "%-4s  %-20s  %-20s  %s%n", "lang", "whole articles", "first paragraphs",
                "first paragraphs with a word");
        for (String lang : result.whole().keySet()) {
            out.printf(Locale.ROOT, "%-4s  %-20s  %-20s  %s%n", lang, cell(result.whole().get(lang)),
                    cell(result.first().get(lang)), cell(result.firstWithWords().get(lang)));
        }
        StringBuilder noWord = new StringBuilder();
        for (Map.Entry<String, Score> e : result.first().entrySet()) {
            int without = e.getValue().total() - result.firstWithWords().get(e.getKey()).total();
            noWord.append(noWord.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(without);
        }
        out.println("first paragraphs without any word of two letters or more (such as a font-size widget's "
                + "\"A+ A-\"), identified as undetermined: " + noWord);
    }

    static void misses(List<Miss> misses, PrintStream out) {
        out.println("misses: set, expected, got, text");
        for (Miss m : misses) {
            String text = m.text().replace('\n', ' ').replace('\t', ' ');
            if (text.length() > MISS_TEXT_CHARS) {
                text = text.substring(0, MISS_TEXT_CHARS) + "...";
            }
            out.println(m.set() + "\t" + m.expected() + "\t" + m.got() + "\t" + text);
        }
    }

    /** Mean of warta's and Lingua's figures over the languages Lingua publishes one for, and their number. */
    static double[] means(List<LanguageRow> rows, String kind) {
        double warta = 0.0;
        double lingua = 0.0;
        int n = 0;
        for (LanguageRow row : rows) {
            Double p = row.published().get(kind);
            double w = row.scores().get(kind).percent();
            if (p != null && !Double.isNaN(w)) {
                warta += w;
                lingua += p;
                n++;
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN, 0} : new double[] {warta / n, lingua / n, n};
    }

    private static String cell(Score s) {
        return String.format(Locale.ROOT, "%d/%d %s", s.correct(), s.total(), pct2(s.percent()));
    }

    private static String pct(Double v) {
        return v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String pct2(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String diff(double warta, Double lingua) {
        return lingua == null || Double.isNaN(warta) ? "-" : String.format(Locale.ROOT, "%+.1f", warta - lingua);
    }

    private static String diff2(double warta, double lingua) {
        return Double.isNaN(warta) || Double.isNaN(lingua) ? "-" : String.format(Locale.ROOT, "%+.2f", warta - lingua);
    }
}
