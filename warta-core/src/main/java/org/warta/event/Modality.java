package org.warta.event;

import java.util.List;
import java.util.regex.Pattern;
import org.warta.cameo.CameoCodes;
import org.warta.model.Event;
import org.warta.model.TimeExpression;

/**
 * What a sentence says of an act besides naming it: whether it happened (ASSERTED), did not (NEGATED), might or is
 * only asked for (HYPOTHETICAL) or is announced (FUTURE); and the code of what is stated, which CAMEO gives to the
 * statement rather than to the act: an intent ("plans to visit", 036), an appeal ("urged Russia to negotiate", 026),
 * a refusal ("refused to help", 121), or an act by civilians coded as their kind of act (civil= in events.tsv).
 */
final class Modality {
    /** Words at most between a status cue ("not", "will", "could") and the trigger. */
    private static final int STATUS_WINDOW = 4;
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern STARTS_WITH_YEAR = Pattern.compile("\\d{4}.*");
    private static final Pattern STARTS_WITH_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    /** The code and status of an event as the sentence states it. */
    record Stated(CameoCodes.EventCode code, Event.Status status) {
    }

    private final SentenceLayout layout;
    private final SentenceView view;
    private final EventLexicon lexicon;
    private final List<TimeExpression> times;
    /** The article's reference date (ISO), or null. */
    private final String reference;

    /**
     * @param times     the sentence's time expressions
     * @param reference the article's publication date, else the configured reference date, as ISO; null when there
     *                  is neither
     */
    Modality(SentenceLayout layout, EventLexicon lexicon, List<TimeExpression> times, String reference) {
        this.layout = layout;
        this.view = layout.view();
        this.lexicon = lexicon;
        this.times = times;
        this.reference = reference;
    }

    /**
     * @param sources the act's sources, which decide a civilian code
     * @param date    the act's date, which makes it FUTURE when after the reference date
     */
    Stated read(PhraseIndex.Match<TriggerRule> trigger, List<ActorRef> sources, String date) {
        TriggerRule rule = trigger.value();
        String coded = codeFor(rule, sources);
        boolean intent = intentBefore(trigger.from());
        String refined = intent ? Intents.intentTo(coded) : appealed(trigger, coded);
        CameoCodes.EventCode code = CameoCodes.event(refined).orElseThrow();
        Event.Status status = status(trigger);
        if (status == Event.Status.NEGATED && Intents.refusalOf(refined) != null && refused(trigger.from())) {
            code = CameoCodes.event(Intents.refusalOf(refined)).orElseThrow();
            status = Event.Status.ASSERTED; // refusing to cooperate is an act: a rejection
        } else if (intent && !refined.equals(coded) && status != Event.Status.NEGATED) {
            status = Event.Status.ASSERTED; // stating the intent is the act coded
        } else if (intent && status == Event.Status.ASSERTED) {
            status = Event.Status.FUTURE;
        }
        if (status == Event.Status.ASSERTED && isFutureDate(date)) {
            status = Event.Status.FUTURE;
        }
        return new Stated(code, status);
    }

    private String codeFor(TriggerRule rule, List<ActorRef> sources) {
        String civil = rule.civilCode();
        String sector = sources.isEmpty() || sources.get(0) == null ? null : sources.get(0).primarySector();
        if (civil != null && sector != null && CameoRules.CIVIL.contains(sector) && CameoCodes.event(civil).isPresent()) {
            return civil;
        }
        return rule.code();
    }

    /**
     * "urged Russia to negotiate", "wants Putin to attack Switzerland": a general appeal takes its kind from the
     * action asked for, the next trigger after the appeal's target.
     */
    private String appealed(PhraseIndex.Match<TriggerRule> trigger, String code) {
        if (!code.equals(CameoRules.GENERAL_APPEAL)) {
            return code;
        }
        for (PhraseIndex.Match<TriggerRule> other : layout.triggers()) {
            if (other.from() >= trigger.to() && other.from() - trigger.to() <= 8
                    && !layout.crossesBoundary(trigger.to(), other.from())) {
                return Intents.appealFor(other.value().code());
            }
        }
        return code;
    }

    /** "wants to", "plans to", "berencana": an intent cue ending right before the trigger (one word may sit between). */
    private boolean intentBefore(int at) {
        for (int i = at - 1; i >= Math.max(0, at - 2); i--) {
            if (view.is(i, Cue.INTENT)) {
                return true;
            }
            if (!view.token(i).isWord() || layout.inGroup(i)) {
                return false;
            }
        }
        return false;
    }

    /** "refused to help", "would not provide", "tidak akan membantu": a refusal, not a plain denial of a fact. */
    private boolean refused(int at) {
        boolean neg = false;
        boolean modal = false;
        for (int i = at - 1; i >= Math.max(0, at - STATUS_WINDOW); i--) {
            if (view.isBreak(i) || layout.isComma(i)) {
                break;
            }
            if (view.is(i, Cue.REFUSE)) {
                return true;
            }
            neg |= view.is(i, Cue.NEG);
            modal |= view.is(i, Cue.FUTURE) || view.is(i, Cue.HYPO);
        }
        return neg && modal;
    }

    private Event.Status status(PhraseIndex.Match<TriggerRule> trigger) {
        int from = Math.max(0, trigger.from() - STATUS_WINDOW);
        boolean neg = false;
        boolean hypo = false;
        boolean future = false;
        boolean purpose = false;
        for (int i = trigger.from() - 1; i >= from; i--) {
            if (view.isBreak(i) || layout.isComma(i)) {
                break;
            }
            neg |= view.is(i, Cue.NEG) || view.is(i, Cue.REFUSE);
            hypo |= view.is(i, Cue.HYPO);
            future |= view.is(i, Cue.FUTURE);
            purpose |= view.is(i, Cue.PURPOSE) && trigger.from() - i <= 2;
        }
        for (int i = trigger.from(); i < Math.min(view.size(), trigger.to() + 2); i++) {
            neg |= view.is(i, Cue.NEG_AFTER) || i < trigger.to() && i > trigger.from() && view.is(i, Cue.NEG);
        }
        hypo |= clauseOpensWith(trigger.from(), Cue.HYPO) || requested(trigger) && !intentBefore(trigger.from());
        future |= lexicon.futureForm(view.token(trigger.from()).raw());
        if (neg) {
            return Event.Status.NEGATED;
        }
        // "marched to demand": the demand is made by marching; saying is doing for verbal acts
        // "amotinados para protestar": the riot is the protest; protesting is done by the act it is the purpose of
        boolean verbal = CameoRules.VERBAL.contains(trigger.value().code());
        if (hypo || purpose && !verbal && !pastInClause(trigger.from())) {
            return Event.Status.HYPOTHETICAL;
        }
        return future ? Event.Status.FUTURE : Event.Status.ASSERTED;
    }

    /**
     * "the policy started by the Obama administration in 2016 to tighten ...": a year before the article's date in
     * the clause says the intended action did happen.
     */
    private boolean pastInClause(int at) {
        if (reference == null) {
            return false; // with no date to measure from, no year is known to be past (the day of the run is not one)
        }
        int year = Integer.parseInt(reference.substring(0, 4));
        int[] clause = layout.clause(at);
        for (int i = clause[0]; i < clause[1]; i++) {
            Token t = view.token(i);
            if (t.kind() == Token.Kind.NUMBER && YEAR.matcher(t.raw()).matches() && Integer.parseInt(t.raw()) < year) {
                return true;
            }
        }
        for (TimeExpression t : times) {
            String v = t.value();
            if (v != null && STARTS_WITH_YEAR.matcher(v).matches() && Integer.parseInt(v.substring(0, 4)) < year
                    && t.start() >= view.token(clause[0]).start() && t.end() <= view.token(clause[1] - 1).end()) {
                return true;
            }
        }
        return false;
    }

    /** "asking Obama to help Iran", "pressured to attack": the action asked for has not been done. */
    private boolean requested(PhraseIndex.Match<TriggerRule> trigger) {
        for (PhraseIndex.Match<TriggerRule> other : layout.triggers()) {
            if (other.to() <= trigger.from() && trigger.from() - other.to() <= 2
                    && CameoRules.REQUEST.contains(other.value().code())) {
                return true;
            }
        }
        return false;
    }

    /** True when the comma-delimited clause holding the trigger starts with a cue ("if ...", "jika ..."). */
    private boolean clauseOpensWith(int at, Cue cue) {
        int i = at - 1;
        while (i >= 0 && !layout.isComma(i) && !view.isBreak(i)) {
            i--;
        }
        return view.is(i + 1, cue) && i + 1 < at;
    }

    /** A date after the reference date, or "the future": the act is announced, not done. */
    private boolean isFutureDate(String date) {
        if (date == null) {
            return false;
        }
        if (date.equals("FUTURE_REF")) {
            return true;
        }
        if (reference == null || !STARTS_WITH_DAY.matcher(date).matches()
                || !STARTS_WITH_DAY.matcher(reference).matches()) {
            return false;
        }
        return date.substring(0, 10).compareTo(reference.substring(0, 10)) > 0;
    }
}
