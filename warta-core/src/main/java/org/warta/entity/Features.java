package org.warta.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The tag-independent features of every token of a sentence, for {@link NerModel}. A feature is written as a few
 * parts into a {@link Sink}: training keeps them as strings, tagging only needs their hash, which it folds over
 * the parts as they come, so that no string is built per token and feature.
 */
final class Features {
    /** The shapes {@link #shape} gives. */
    static final String[] SHAPES = {"p", "d", "C", "Cx", "U", "x", "n"};
    private static final String[] NUMBERS = {"0", "1", "2", "3", "4", "5", "6", "7", "8"};

    private Features() {
    }

    /** Receives the features of a token, part by part; {@link #done} ends one. */
    interface Sink {
        Sink put(String part);

        /** Appends the characters {@code [from, to)} of a part. */
        Sink put(String part, int from, int to);

        void done();
    }

    /** What the features of the tokens of one sentence share: per-token cues, worked out once. */
    static final class Sentence {
        final SentenceView s;
        final String[] kb;
        final String[] shapes;
        /** Per token, its shape's index in {@link #SHAPES}. */
        final int[] shapeIds;
        final int[] runLength;
        /** Per token, the cue lists its key is in ({@link #ORG_WORD} and the others). */
        final int[] cues;

        private Sentence(SentenceView s) {
            this.s = s;
            int n = s.size();
            kb = new String[n];
            shapes = new String[n];
            shapeIds = new int[n];
            runLength = new int[n];
            cues = new int[n];
            LanguageCues c = s.cues;
            for (int i = 0; i < n; i++) {
                kb[i] = kbFeature(s, i);
                shapes[i] = shape(s.token(i));
                shapeIds[i] = java.util.Arrays.asList(SHAPES).indexOf(shapes[i]);
                String w = s.token(i).norm();
                cues[i] = (c.orgWords.contains(w) ? ORG_WORD : 0) | (c.orgSuffixes.contains(w) ? ORG_SUFFIX : 0)
                        | (c.locWords.contains(w) ? LOC_WORD : 0) | (c.placePreps.contains(w) ? PLACE_PREP : 0)
                        | (c.stops.contains(w) ? STOP : 0) | (c.givenNames.contains(w) ? GIVEN_NAME : 0);
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
        }

        int size() {
            return kb.length;
        }

        private boolean is(int token, int cue) {
            return (cues[token] & cue) != 0;
        }
    }

    private static final int ORG_WORD = 1;
    private static final int ORG_SUFFIX = 2;
    private static final int LOC_WORD = 4;
    private static final int PLACE_PREP = 8;
    private static final int STOP = 16;
    private static final int GIVEN_NAME = 32;

    static Sentence prepare(SentenceView s) {
        return new Sentence(s);
    }

    /** The features of every token of a sentence, as strings (for training). */
    static List<List<String>> of(SentenceView s) {
        Sentence prepared = prepare(s);
        List<List<String>> out = new ArrayList<>(prepared.size());
        Strings sink = new Strings();
        for (int i = 0; i < prepared.size(); i++) {
            sink.out = new ArrayList<>(40);
            token(prepared, i, sink);
            out.add(sink.out);
        }
        return out;
    }

    /** Collects features as strings. */
    static final class Strings implements Sink {
        private final StringBuilder current = new StringBuilder();
        List<String> out = new ArrayList<>();

        @Override
        public Sink put(String part) {
            current.append(part);
            return this;
        }

        @Override
        public Sink put(String part, int from, int to) {
            current.append(part, from, to);
            return this;
        }

        @Override
        public void done() {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    /** Writes the features of token {@code i} into the sink, in a fixed order. */
    static void token(Sentence p, int i, Sink f) {
        SentenceView s = p.s;
        String[] shapes = p.shapes;
        String[] kb = p.kb;
        int n = p.size();
        String w = s.token(i).norm();
        String prev = i > 0 ? s.token(i - 1).norm() : "<s>";
        String next = i + 1 < n ? s.token(i + 1).norm() : "</s>";
        String prev2 = i > 1 ? s.token(i - 2).norm() : "<s>";
        String next2 = i + 2 < n ? s.token(i + 2).norm() : "</s>";
        String shape = shapes[i];
        String sp = i > 0 ? shapes[i - 1] : "<s>";
        String sn = i + 1 < n ? shapes[i + 1] : "</s>";
        f.put("b").done();
        f.put("w=").put(w).done();
        f.put("w-1=").put(prev).done();
        f.put("w+1=").put(next).done();
        f.put("w-2=").put(prev2).done();
        f.put("w+2=").put(next2).done();
        f.put("w-1w=").put(prev).put("|").put(w).done();
        f.put("ww+1=").put(w).put("|").put(next).done();
        f.put("s=").put(shape).done();
        f.put("s-1s=").put(sp).put("|").put(shape).done();
        f.put("ss+1=").put(shape).put("|").put(sn).done();
        f.put("s-1ss+1=").put(sp).put("|").put(shape).put("|").put(sn).done();
        f.put("sw-1=").put(shape).put("|").put(prev).done();
        f.put("sw+1=").put(shape).put("|").put(next).done();
        int len = w.length();
        f.put("p2=").put(w, 0, Math.min(2, len)).done();
        f.put("p3=").put(w, 0, Math.min(3, len)).done();
        f.put("x2=").put(w, Math.max(0, len - 2), len).done();
        f.put("x3=").put(w, Math.max(0, len - 3), len).done();
        f.put("x4=").put(w, Math.max(0, len - 4), len).done();
        f.put("len=").put(NUMBERS[Math.min(len, 8)]).done();
        if (i == 0) {
            f.put("first|").put(shape).done();
        }
        int[] run = p.runLength;
        f.put("run=").put(NUMBERS[Math.min(run[i], 4)]).put("|")
                .put(i > 0 && run[i - 1] > 0 && run[i] > 0 ? "in" : "start").done();
        f.put("kb=").put(kb[i]).done();
        f.put("kb-1=").put(i > 0 ? kb[i - 1] : "<s>").done();
        f.put("kb+1=").put(i + 1 < n ? kb[i + 1] : "</s>").done();
        f.put("kbs=").put(kb[i]).put("|").put(shape).done();
        if (s.roleEndingAt(i) != null) {
            f.put("role-1").done();
            f.put("role-1s=").put(shape).done();
        }
        if (i > 1 && s.roleEndingAt(i - 1) != null) {
            f.put("role-2").done();
        }
        if (s.roleAt(i) != null) {
            f.put("role").done();
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (s.titleEnd[k] == i) {
                f.put("title-1").done();
            }
            if (s.counterpartEnd[k] == i) {
                f.put("counterpart-1").done();
            }
        }
        if (s.orgAt[i] >= 0) {
            f.put("orghead").done();
        }
        boolean hasNext = i + 1 < n;
        if (p.is(i, ORG_WORD)) {
            f.put("orgw").done();
        }
        if (i > 0 && p.is(i - 1, ORG_WORD)) {
            f.put("orgw-1").done();
        }
        if (p.is(i, ORG_SUFFIX)) {
            f.put("orgx").done();
        }
        if (p.is(i, LOC_WORD)) {
            f.put("locw").done();
        }
        // past the end the next word is "</s>", which no cue list holds
        if (hasNext && (p.is(i + 1, ORG_WORD) || p.is(i + 1, ORG_SUFFIX))) {
            f.put("orgw+1|").put(shape).done();
        }
        if (hasNext && p.is(i + 1, LOC_WORD)) {
            f.put("locw+1|").put(shape).done();
        }
        if (hasNext && s.kbMatchAt(i + 1) != null && !kb[i].equals("-")) {
            f.put("kbkb+1=").put(kb[i]).put("|").put(kb[i + 1]).done();
        }
        f.put("p4=").put(w, 0, Math.min(4, len)).done();
        f.put("sw-2=").put(shape).put("|").put(prev2).done();
        if (i > 0 && p.is(i - 1, LOC_WORD)) {
            f.put("locw-1").done();
        }
        if (i > 0 && p.is(i - 1, PLACE_PREP)) {
            f.put("prep-1|").put(shape).done();
        }
        if (p.is(i, STOP)) {
            f.put("stop").done();
        }
        if (p.is(i, GIVEN_NAME)) {
            f.put("given|").put(shape).done();
        }
        if (i > 0 && p.is(i - 1, GIVEN_NAME)) {
            f.put("given-1|").put(shape).done();
        }
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
