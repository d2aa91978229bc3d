package org.warta.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happens to the expressions after matching: modifiers before them are taken in ("early", "about"), a clock
 * time in a sentence that names a day gets that day, and a day and a clock time written together become one TIME.
 */
final class TimePostProcessor {
    /** How far before an expression a modifier may start. */
    private static final int MODIFIER_REACH = 40;
    /** Characters at most between a day and a clock time that stand beside each other. */
    private static final int ADJACENT = 4;

    private final TimeOptions options;
    private final SlotValues slots;

    TimePostProcessor(TimeOptions options, SlotValues slots) {
        this.options = options;
        this.slots = slots;
    }

    /** One sentence's expressions: modifiers taken in, clock times anchored to the day it names. */
    List<TimeGrammar.Found> sentence(String text, int sentenceStart, List<TimeGrammar.Found> found) {
        return anchorClocks(extendLeft(text, sentenceStart, found));
    }

    /**
     * A clock time in a sentence that also names a day happens on that day ("Slepian was shot on Oct. 23 at
     * 10 p.m."), not on the reference day.
     */
    private static List<TimeGrammar.Found> anchorClocks(List<TimeGrammar.Found> found) {
        String day = null;
        for (TimeGrammar.Found f : found) {
            if (!f.clockOnly() && f.named() && f.value().matches("\\d{4}-\\d\\d-\\d\\d")) {
                day = f.value();
            }
        }
        if (day == null) {
            return found;
        }
        List<TimeGrammar.Found> out = new ArrayList<>(found.size());
        for (TimeGrammar.Found f : found) {
            if (f.clockOnly() && f.value().indexOf('T') > 0 && !adjacentDay(found, f)) {
                String time = f.value().substring(f.value().indexOf('T'));
                out.add(new TimeGrammar.Found(f.start(), f.end(), day + time, f.type(), true, f.named()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether a day stands right beside this clock time, where joining the two will settle it. */
    private static boolean adjacentDay(List<TimeGrammar.Found> found, TimeGrammar.Found clock) {
        int i = found.indexOf(clock);
        return i > 0 && !found.get(i - 1).clockOnly() && clock.start() - found.get(i - 1).end() <= ADJACENT
                || i + 1 < found.size() && !found.get(i + 1).clockOnly()
                && found.get(i + 1).start() - clock.end() <= ADJACENT;
    }

    /**
     * Takes in modifiers before an expression, as TimeML extents do: "early", "mid-", "awal" before any expression,
     * "about", "nearly", "sekitar" only before a quantity ("about two years", not "about recent events").
     */
    private List<TimeGrammar.Found> extendLeft(String text, int sentenceStart, List<TimeGrammar.Found> found) {
        Pattern premodifier = options.premodifier();
        Pattern quantifier = options.quantifier();
        if (premodifier == null && quantifier == null || found.isEmpty()) {
            return found;
        }
        List<TimeGrammar.Found> out = new ArrayList<>(found.size());
        int floor = sentenceStart;
        for (TimeGrammar.Found f : found) {
            int start = f.start();
            for (Pattern p : new Pattern[] {premodifier, startsWithNumber(text, f) ? quantifier : null}) {
                if (p == null) {
                    continue;
                }
                Matcher m = p.matcher(text);
                m.useTransparentBounds(true);
                m.region(Math.max(floor, start - MODIFIER_REACH), start);
                if (m.find()) {
                    start = m.start();
                }
            }
            TimeGrammar.Found g = start == f.start() ? f
                    : new TimeGrammar.Found(start, f.end(), f.value(), f.type(), f.clockOnly(), f.named());
            out.add(g);
            floor = g.end();
        }
        return out;
    }

    private boolean startsWithNumber(String text, TimeGrammar.Found f) {
        if (Character.isDigit(text.charAt(f.start()))) {
            return true;
        }
        int e = f.start();
        while (e < f.end() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e > f.start() && slots.isNumberWord(text.substring(f.start(), e));
    }

    /**
     * Joins a day and a clock time written next to each other ("12 Februari 2025 pukul 08.30 WIB", "10:30 a.m.
     * Tuesday") into one TIME.
     */
    List<TimeGrammar.Found> merge(String text, List<TimeGrammar.Found> found) {
        if (found.size() < 2) {
            return found;
        }
        List<TimeGrammar.Found> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            TimeGrammar.Found a = found.get(i);
            if (i + 1 < found.size()) {
                TimeGrammar.Found joined = join(text, a, found.get(i + 1));
                if (joined != null) {
                    out.add(joined);
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private TimeGrammar.Found join(String text, TimeGrammar.Found a, TimeGrammar.Found b) {
        TimeGrammar.Found day = a.clockOnly() ? b : a;
        TimeGrammar.Found clock = a.clockOnly() ? a : b;
        if (!clock.clockOnly() || day.clockOnly() || !isDay(day.value())) {
            return null;
        }
        if (!options.join().matcher(text).region(a.end(), b.start()).matches()) {
            return null;
        }
        String time = clock.value().substring(clock.value().indexOf('T'));
        return new TimeGrammar.Found(a.start(), b.end(), day.value() + time, "TIME", false, true);
    }

    private static boolean isDay(String value) {
        return value.matches("(\\d{4}|XXXX)-(\\d\\d|XX)-(\\d\\d|XX)");
    }
}
