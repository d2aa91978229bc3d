package org.warta.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.model.Quote;

/**
 * Quotations and who said them. Direct: words in quotation marks with a reporting verb beside them ("…," said
 * Lavrov). Indirect: what follows "X said that" or "Menurut X,", and what precedes ", X said." at the end.
 */
final class QuoteFinder {
    private static final Pattern QUOTED = Pattern.compile("[\"“«„]([^\"“”«»„]{12,})[\"”»“]");

    private QuoteFinder() {
    }

    static List<Quote> find(SentenceCoder.Analysis a) {
        SentenceView v = a.view();
        if (v.size() == 0) {
            return List.of();
        }
        List<Quote> out = new ArrayList<>();
        int from = v.token(0).start();
        int to = v.token(v.size() - 1).end();
        Matcher m = opensQuote(v.text(), from, to) ? QUOTED.matcher(v.text()).region(from, to) : null;
        while (m != null && m.find()) {
            String content = m.group(1).strip();
            if (content.split("\\s+").length < 4 || isTitle(content)) {
                continue; // a name or a title in quotation marks, not speech
            }
            ActorGroup speaker = speakerOfDirect(a, m.start(), m.end());
            if (speaker == null && a.speaker() == null) {
                continue;
            }
            ActorGroup s = speaker != null ? speaker : a.speaker();
            int cs = m.start(1) + leading(m.group(1));
            out.add(new Quote(cs, cs + content.length(), content, name(a, s), s.entity, true));
        }
        if (!out.isEmpty()) {
            return out;
        }
        Quote indirect = indirect(a);
        return indirect == null ? List.of() : List.of(indirect);
    }

    /** Whether a quotation mark that {@link #QUOTED} opens with stands in [from, to): most sentences quote no one. */
    private static boolean opensQuote(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '«' || c == '„') {
                return true;
            }
        }
        return false;
    }

    /** "Negeri Bintang dan Garis", "Free Tibet": most words capitalised and no final punctuation. */
    private static boolean isTitle(String s) {
        String[] words = s.split("\\s+");
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        char last = s.charAt(s.length() - 1);
        return capitalised * 2 > words.length && ".!?,".indexOf(last) < 0;
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static ActorGroup speakerOfDirect(SentenceCoder.Analysis a, int quoteStart, int quoteEnd) {
        SentenceView v = a.view();
        for (int i = 0; i < v.size(); i++) {
            Token t = v.token(i);
            if (!v.is(i, Cue.SAY) || t.start() >= quoteStart && t.end() <= quoteEnd) {
                continue;
            }
            ActorGroup best = null;
            int bestDistance = 5;
            for (ActorGroup g : a.groups()) {
                if (v.token(g.from).start() >= quoteStart && v.token(g.to - 1).end() <= quoteEnd || g.isPronoun()) {
                    continue;
                }
                int d = g.from > i ? g.from - i : i - g.to + 1;
                if (d < bestDistance) {
                    best = g;
                    bestDistance = d;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static Quote indirect(SentenceCoder.Analysis a) {
        SentenceView v = a.view();
        int n = v.size();
        int end = n;
        while (end > 0 && v.token(end - 1).isPunct()) {
            end--;
        }
        if (a.attributionFrom() == 0 && a.attributionTo() < end) {
            return quote(a, a.attributionTo(), end, a.speaker(), attributionText(a));
        }
        if (a.attributionFrom() > 0) {
            return quote(a, 0, a.attributionFrom(), a.speaker(), attributionText(a));
        }
        for (int i = 1; i < n; i++) {
            if (!v.is(i, Cue.SAY)) {
                continue;
            }
            ActorGroup speaker = null;
            for (ActorGroup g : a.groups()) {
                if (g.to <= i && i - g.to <= 3 && !g.isPronoun()) {
                    speaker = g;
                }
            }
            int start = i + 1;
            while (start < n && (v.is(start, Cue.SAY) || v.is(start, Cue.THAT) || v.token(start).raw().equals(","))) {
                start++;
            }
            if (speaker != null && start > i + 1 || speaker != null && v.is(i + 1, Cue.THAT)) {
                return quote(a, start, end, speaker, null);
            }
            if (speaker != null && end - start >= 4 && !v.token(start).isPunct()) {
                return quote(a, start, end, speaker, null);
            }
        }
        return null;
    }

    private static String attributionText(SentenceCoder.Analysis a) {
        SentenceView v = a.view();
        int f = a.attributionFrom();
        int t = a.attributionTo();
        while (f < t && (v.is(f, Cue.ACCORDING) || v.is(f, Cue.SAY) || v.token(f).isPunct())) {
            f++;
        }
        while (t > f && (v.token(t - 1).isPunct() || v.is(t - 1, Cue.SAY))) {
            t--;
        }
        return t > f ? v.span(f, t) : null;
    }

    private static Quote quote(SentenceCoder.Analysis a, int from, int to, ActorGroup speaker, String fallbackName) {
        SentenceView v = a.view();
        while (from < to && v.token(from).isPunct()) {
            from++;
        }
        while (to > from && v.token(to - 1).isPunct()) {
            to--;
        }
        if (to - from < 3 || speaker == null && fallbackName == null) {
            return null;
        }
        int start = v.token(from).start();
        int end = v.token(to - 1).end();
        String name = speaker != null ? name(a, speaker) : fallbackName;
        return new Quote(start, end, v.text().substring(start, end), name, speaker == null ? -1 : speaker.entity, false);
    }

    private static String name(SentenceCoder.Analysis a, ActorGroup g) {
        if (g.name != null && (g.person || g.entity >= 0 && !g.unnamedRoleHolder())) {
            return g.name;
        }
        SentenceView v = a.view();
        int f = g.from;
        while (f < g.to - 1 && (v.is(f, Cue.DET) || v.is(f, Cue.LINK))) {
            f++;
        }
        return v.span(f, g.to);
    }
}
