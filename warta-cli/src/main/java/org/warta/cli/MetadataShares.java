package org.warta.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warta.model.Metadata;

/**
 * How often Warta's title, byline and publication date agree with a page's expected metadata. Texts agree when they
 * are the same once whitespace is folded and case ignored; dates agree on the day (the first ten characters of the
 * ISO 8601 value). Only pages whose expected value is present count.
 */
final class MetadataShares {
    private final Field title = new Field("title");
    private final Field byline = new Field("byline");
    private final Field published = new Field("published date");

    /** Counts of one field. */
    private static final class Field {
        final String name;
        int expected;
        int same;
        int found;

        Field(String name) {
            this.name = name;
        }

        void add(String want, String got, boolean agree) {
            if (want == null) {
                return;
            }
            expected++;
            if (got != null && !got.isBlank()) {
                found++;
            }
            if (agree) {
                same++;
            }
        }

        double share() {
            return expected == 0 ? 0 : (double) same / expected;
        }
    }

    /** A field where Warta's value is not the expected one. */
    record Miss(String page, String field, String expected, String found) {
    }

    private final List<Miss> misses = new ArrayList<>();

    void add(String page, ReadabilityTestPages.Expected want, Metadata got) {
        add(page, title, want.title(), got.title(), sameText(want.title(), got.title()));
        add(page, byline, want.byline(), got.author(), sameText(want.byline(), got.author()));
        add(page, published, want.publishedTime(), got.published(), sameDay(want.publishedTime(), got.published()));
    }

    private void add(String page, Field field, String want, String got, boolean agree) {
        field.add(want, got, agree);
        if (want != null && !agree) {
            misses.add(new Miss(page, field.name, want, got));
        }
    }

    List<Miss> misses() {
        return List.copyOf(misses);
    }

    double titleShare() {
        return title.share();
    }

    double bylineShare() {
        return byline.share();
    }

    double publishedShare() {
        return published.share();
    }

    void print(PrintStream out) {
        out.printf("%-16s %9s %7s %7s %7s%n", "field", "expected", "found", "same", "share");
        for (Field f : new Field[] {title, byline, published}) {
            out.printf("%-16s %9d %7d %7d %7.3f%n", f.name, f.expected, f.found, f.same, f.share());
        }
    }

    static boolean sameText(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    static boolean sameDay(String a, String b) {
        return a != null && b != null && a.length() >= 10 && b.length() >= 10 && a.substring(0, 10).equals(b.substring(0, 10));
    }

    static String fold(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
