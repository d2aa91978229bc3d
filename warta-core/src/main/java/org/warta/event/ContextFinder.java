package org.warta.event;

import java.util.List;
import java.util.regex.Pattern;
import org.warta.model.TimeExpression;

/**
 * When, where and on whose word an act is reported: the date of the time expression that governs the trigger (else
 * the article's date), the place named after a preposition of place, the source the sentence attributes it to, and
 * the party that opens the sentence with what it says (who makes an allegation).
 */
final class ContextFinder {
    /** Words at most between "X said" and the act it alleges. */
    private static final int MAX_CLAIM_DISTANCE = 10;

    /** The circumstances of one act. */
    record Context(String date, String place, String reportedBy) {
    }

    private final SentenceLayout layout;
    private final SentenceView view;
    private final List<ActorGroup> groups;
    private final ActorResolver resolver;
    private final List<TimeExpression> times;
    private final String fallbackDate;

    /**
     * @param times        the sentence's time expressions
     * @param fallbackDate the date of acts whose sentence states none (publication or reference date), or null
     */
    ContextFinder(SentenceLayout layout, ActorResolver resolver, List<TimeExpression> times, String fallbackDate) {
        this.layout = layout;
        this.view = layout.view();
        this.groups = layout.groups();
        this.resolver = resolver;
        this.times = times;
        this.fallbackDate = fallbackDate;
    }

    Context of(PhraseIndex.Match<TriggerRule> trigger) {
        return new Context(date(trigger), place(trigger), reportedBy(trigger));
    }

    /** A time value that is a date: a year, or one of an unknown year, with or without the rest of the date. */
    private static final Pattern DATE = Pattern.compile("(\\d{4}|XXXX)(-.*)?");

    private static boolean isDate(String value) {
        return value != null && DATE.matcher(value).matches();
    }

    /**
     * The time expression in the trigger's comma-delimited clause nearest to it (not one inside a relative or purpose
     * clause after it), else the last one leading the sentence before its first actor ("Sebelumnya, pada tanggal 12
     * Februari, ..."), else the fallback date.
     */
    private String date(PhraseIndex.Match<TriggerRule> trigger) {
        if (times.isEmpty()) {
            return fallbackDate;
        }
        int[] clause = layout.clause(trigger.from());
        int clauseStart = view.token(clause[0]).start();
        int clauseEnd = view.token(clause[1] - 1).end();
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        int triggerAt = view.token(trigger.from()).start();
        for (TimeExpression t : times) {
            if (!isDate(t.value()) || t.start() < clauseStart || t.end() > clauseEnd
                    || t.start() > triggerAt && subordinateBetween(trigger.to(), t.start())) {
                continue;
            }
            int d = Math.abs(t.start() - triggerAt);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        if (best == null) {
            int firstActor = groups.isEmpty() ? trigger.from() : Math.min(groups.get(0).from, trigger.from());
            int leadEnd = view.token(firstActor).start();
            Attribution attribution = layout.attribution();
            for (TimeExpression t : times) {
                if (isDate(t.value()) && t.end() <= leadEnd
                        && (!attribution.leads() || t.start() >= view.token(attribution.to() - 1).end())) {
                    best = t;
                }
            }
        }
        return best != null ? best.value() : fallbackDate;
    }

    /**
     * "discussed ending the policy which the Obama administration began in 2016": a date inside a relative or
     * purpose clause after the trigger belongs to that clause's action.
     */
    private boolean subordinateBetween(int fromToken, int toChar) {
        for (int i = fromToken; i < view.size() && view.token(i).start() < toChar; i++) {
            if ((view.is(i, Cue.CLAUSE) || view.is(i, Cue.PURPOSE)) && !layout.inGroup(i)) {
                return true;
            }
        }
        return false;
    }

    /** A country or place after a preposition of place ("in Beijing", "di Ukraina"), nearest the trigger. */
    private String place(PhraseIndex.Match<TriggerRule> trigger) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ActorGroup g : groups) {
            if (!layout.locatedBefore(g) || g.country == null || !g.sectors.isEmpty() || g.person
                    || layout.attribution().holds(g)) {
                continue;
            }
            int d = g.from >= trigger.to() ? g.from - trigger.to() : 2 * (trigger.from() - g.to) + 1;
            if (d < bestDistance && d <= 20) {
                best = g.name != null ? g.name : view.span(g.from, g.to);
                bestDistance = d;
            }
        }
        return best;
    }

    /** The speaker of the attribution, its words, or the actor of a reporting verb before the trigger; or null. */
    private String reportedBy(PhraseIndex.Match<TriggerRule> trigger) {
        Attribution attribution = layout.attribution();
        if (attribution.speaker() != null) {
            return speakerName(attribution.speaker());
        }
        if (attribution.exists()) {
            int f = attribution.from();
            while (f < attribution.to() && (view.is(f, Cue.ACCORDING) || view.token(f).isPunct())) {
                f++;
            }
            int t = attribution.to();
            while (t > f && view.token(t - 1).isPunct()) {
                t--;
            }
            return t > f ? view.span(f, t) : null;
        }
        ActorGroup sayer = null;
        for (int i = trigger.from() - 1; i >= 0; i--) {
            if (view.is(i, Cue.SAY)) {
                for (int k = groups.size() - 1; k >= 0; k--) {
                    ActorGroup g = groups.get(k);
                    if (g.to <= i && i - g.to <= 4 && !g.isPronoun()) {
                        sayer = g;
                        break;
                    }
                }
                break;
            }
        }
        return sayer == null ? null : speakerName(sayer);
    }

    /** A linked person or organisation by its canonical name, anyone else as the text names them. */
    private String speakerName(ActorGroup g) {
        if ((g.kbId != null || g.entity >= 0) && g.name != null && g.nameRank() >= 2 && !g.unnamedRoleHolder()) {
            return g.name;
        }
        return layout.bareSpan(g);
    }

    /**
     * The party that opens the sentence with what it says: "The US claimed that ...", "Israel said ...". Not a
     * source tagged on at the end (", medics said"), which attributes the news rather than making an allegation.
     * Null when there is none, or it is not one identified actor.
     */
    ActorRef claimantBefore(int at) {
        for (int i = at - 1; i >= 0 && at - i <= MAX_CLAIM_DISTANCE; i--) {
            if (view.isBreak(i) || layout.isComma(i)) {
                return null;
            }
            if (!view.is(i, Cue.SAY)) {
                continue;
            }
            // "The Syrian Observatory for Human Rights, a UK-based group that tracks the war, said": the
            // speaker stands before the apposition
            int end = i;
            if (end > 0 && layout.isComma(end - 1)) {
                end = end - 1;
                while (end > 0 && !layout.isComma(end - 1) && !view.isBreak(end - 1)) {
                    end--;
                }
                end = Math.max(0, end - 1);
            }
            for (int k = groups.size() - 1; k >= 0; k--) {
                ActorGroup g = groups.get(k);
                if (g.to <= end && end - g.to <= 4 && !g.isPronoun() && !layout.attribution().holds(g)
                        && !layout.introducedByPreposition(g)) {
                    List<ActorRef> refs = resolver.listRefs(g);
                    return refs.size() == 1 && !refs.get(0).isEmpty() ? refs.get(0) : null;
                }
            }
            return null;
        }
        return null;
    }
}
