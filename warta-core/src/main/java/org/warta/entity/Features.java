package org.warta.entity;

import java.util.ArrayList;
import java.util.List;

/** The tag-independent features of every token of a sentence, for {@link NerModel}. */
final class Features {
    private Features() {
    }

    static List<List<String>> of(SentenceView s) {
        int n = s.size();
        String[] kb = new String[n];
        String[] shapes = new String[n];
        int[] runLength = new int[n];
        for (int i = 0; i < n; i++) {
            kb[i] = kbFeature(s, i);
            shapes[i] = shape(s.token(i));
        }
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && s.token(j).capitalised()) {
                j++;
            }
            for (int k = i; k < j; k++) {
                runLength[k] = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(token(s, i, kb, shapes, runLength));
        }
        return out;
    }

    private static List<String> token(SentenceView s, int i, String[] kb, String[] shapes, int[] runLength) {
        Token t = s.token(i);
        String w = t.norm();
        String prev = i > 0 ? s.token(i - 1).norm() : "<s>";
        String next = i + 1 < s.size() ? s.token(i + 1).norm() : "</s>";
        String prev2 = i > 1 ? s.token(i - 2).norm() : "<s>";
        String next2 = i + 2 < s.size() ? s.token(i + 2).norm() : "</s>";
        String sp = i > 0 ? shapes[i - 1] : "<s>";
        String sn = i + 1 < s.size() ? shapes[i + 1] : "</s>";
        List<String> f = new ArrayList<>(40);
        f.add("b");
        f.add("w=" + w);
        f.add("w-1=" + prev);
        f.add("w+1=" + next);
        f.add("w-2=" + prev2);
        f.add("w+2=" + next2);
        f.add("w-1w=" + prev + "|" + w);
        f.add("ww+1=" + w + "|" + next);
        f.add("s=" + shapes[i]);
        f.add("s-1s=" + sp + "|" + shapes[i]);
        f.add("ss+1=" + shapes[i] + "|" + sn);
        f.add("s-1ss+1=" + sp + "|" + shapes[i] + "|" + sn);
        f.add("sw-1=" + shapes[i] + "|" + prev);
        f.add("sw+1=" + shapes[i] + "|" + next);
        int len = w.length();
        f.add("p2=" + w.substring(0, Math.min(2, len)));
        f.add("p3=" + w.substring(0, Math.min(3, len)));
        f.add("x2=" + w.substring(Math.max(0, len - 2)));
        f.add("x3=" + w.substring(Math.max(0, len - 3)));
        f.add("x4=" + w.substring(Math.max(0, len - 4)));
        f.add("len=" + Math.min(len, 8));
        if (i == 0) {
            f.add("first|" + shapes[i]);
        }
        f.add("run=" + Math.min(runLength[i], 4) + "|" + (i > 0 && runLength[i - 1] > 0 && runLength[i] > 0 ? "in" : "start"));
        f.add("kb=" + kb[i]);
        f.add("kb-1=" + (i > 0 ? kb[i - 1] : "<s>"));
        f.add("kb+1=" + (i + 1 < s.size() ? kb[i + 1] : "</s>"));
        f.add("kbs=" + kb[i] + "|" + shapes[i]);
        if (s.roleEndingAt(i) != null) {
            f.add("role-1");
            f.add("role-1s=" + shapes[i]);
        }
        if (i > 1 && s.roleEndingAt(i - 1) != null) {
            f.add("role-2");
        }
        if (s.roleAt(i) != null) {
            f.add("role");
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (s.titleEnd[k] == i) {
                f.add("title-1");
            }
            if (s.counterpartEnd[k] == i) {
                f.add("counterpart-1");
            }
        }
        if (s.orgAt[i] >= 0) {
            f.add("orghead");
        }
        LanguageCues c = s.cues;
        if (c.orgWords.contains(w)) {
            f.add("orgw");
        }
        if (i > 0 && c.orgWords.contains(prev)) {
            f.add("orgw-1");
        }
        if (c.orgSuffixes.contains(w)) {
            f.add("orgx");
        }
        if (c.locWords.contains(w)) {
            f.add("locw");
        }
        if (c.orgWords.contains(next) || c.orgSuffixes.contains(next)) {
            f.add("orgw+1|" + shapes[i]);
        }
        if (c.locWords.contains(next)) {
            f.add("locw+1|" + shapes[i]);
        }
        if (i + 1 < s.size() && s.kbMatchAt(i + 1) != null && !kb[i].equals("-")) {
            f.add("kbkb+1=" + kb[i] + "|" + kb[i + 1]);
        }
        f.add("p4=" + w.substring(0, Math.min(4, len)));
        f.add("sw-2=" + shapes[i] + "|" + prev2);
        if (i > 0 && c.locWords.contains(prev)) {
            f.add("locw-1");
        }
        if (i > 0 && c.placePreps.contains(prev)) {
            f.add("prep-1|" + shapes[i]);
        }
        if (c.stops.contains(w)) {
            f.add("stop");
        }
        if (c.givenNames.contains(w)) {
            f.add("given|" + shapes[i]);
        }
        if (i > 0 && c.givenNames.contains(prev)) {
            f.add("given-1|" + shapes[i]);
        }
        return f;
    }

    private static String kbFeature(SentenceView s, int i) {
        SentenceView.KbMatch m = s.kbMatchAt(i);
        if (m == null) {
            return "-";
        }
        String kind = m.name().adjective() ? "adj" : String.valueOf(m.name().entity().kind());
        return kind + (m.start() == i ? "B" : "I");
    }

    static String shape(Token t) {
        if (!t.word()) {
            return "p";
        }
        char c = t.surface().charAt(0);
        if (Character.isDigit(c)) {
            return "d";
        }
        return switch (t.shape()) {
            case Token.CAPITALISED -> t.surface().length() == 1 ? "C" : "Cx";
            case Token.UPPER -> "U";
            case Token.LOWER -> "x";
            default -> "n";
        };
    }
}
