package org.warta.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a language's compiled rules against a sentence: walks it word by word, tries the rules the index offers at
 * each word (anchored there), keeps the longest match that makes a value (the earlier rule on a tie), and gives it its
 * value from the rule's template, the slots' values and the tense around it.
 */
final class RuleMatcher {
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q\\d");

    private final TimeOptions options;
    private final List<TimeRule> rules;
    private final RuleIndex index;
    /** Narrows the index's candidates down at each word; null tries all of them. */
    private final StartScreen screen;
    private final Pattern[] leadPatterns;
    /** Per rule, the index of its lead pattern, or -1 where it has none. */
    private final int[] ruleLeads;
    private final SlotValues slots;
    /** Per rule, whether its value is written out in the text rather than worked out from another one. */
    private final boolean[] named;
    /** Making a matcher costs more than most matching: each thread keeps one per pattern and moves it on to the
     * text it is next used on. */
    private final ThreadLocal<Work> work;

    RuleMatcher(TimeOptions options, List<TimeRule> rules, RuleIndex index, StartScreen screen,
                Map<String, Pattern> leadPatterns, SlotValues slots) {
        this.options = options;
        this.rules = rules;
        this.index = index;
        this.screen = screen;
        Map<String, Integer> leadIndex = new HashMap<>();
        this.leadPatterns = new Pattern[leadPatterns.size()];
        for (Map.Entry<String, Pattern> e : leadPatterns.entrySet()) {
            this.leadPatterns[leadIndex.size()] = e.getValue();
            leadIndex.put(e.getKey(), leadIndex.size());
        }
        this.ruleLeads = new int[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            String lead = rules.get(i).lead();
            ruleLeads[i] = lead == null ? -1 : leadIndex.get(lead);
        }
        this.slots = slots;
        this.named = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            String template = rules.get(i).value().toString();
            named[i] = !template.contains("before(") && !template.contains("focus(");
        }
        this.work = ThreadLocal.withInitial(() -> new Work(rules.size(), this.leadPatterns.length, screen));
    }

    /** What a thread reuses from sentence to sentence: its matchers, the screen's memory, the lead verdicts. */
    private static final class Work {
        final ReusedMatchers rules;
        final ReusedMatchers leads;
        final StartScreen.State screen;
        /** Per lead pattern: 1 present, 2 absent, at the position numbered in {@link #leadsAt}. */
        final byte[] leadVerdicts;
        final long[] leadsAt;
        long position;

        Work(int rules, int leads, StartScreen screen) {
            this.rules = new ReusedMatchers(rules, false);
            this.leads = new ReusedMatchers(leads, true);
            this.screen = screen == null ? null : screen.state();
            this.leadVerdicts = new byte[leads];
            this.leadsAt = new long[leads];
        }
    }

    /** The sentence being tagged and what resolving its expressions needs. */
    private record Sentence(String text, int start, int end, int limit, LocalDate reference,
                            TimeGrammar.Discourse discourse) {
    }

    /**
     * The expressions that start in {@code [start, end)}, each as matched, in text order; an expression may run on to
     * {@code limit}.
     */
    List<TimeGrammar.Found> match(String text, int start, int end, int limit, LocalDate reference,
                                  TimeGrammar.Discourse discourse) {
        List<TimeGrammar.Found> found = new ArrayList<>();
        Sentence sentence = new Sentence(text, start, end, limit, reference, discourse);
        Work work = this.work.get();
        int pos = start;
        while (pos < end) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                pos++;
                continue;
            }
            long[] candidates = screen == null ? index.candidates(text, pos, end)
                    : screen.candidates(work.screen, text, pos, end, limit);
            TimeGrammar.Found best = candidates == null ? null : longest(work, sentence, pos, candidates);
            if (best != null) {
                found.add(best);
                if (best.named() && QUARTER.matcher(best.value()).matches()) {
                    discourse.quarter = best.value();
                }
                pos = best.end();
            } else {
                pos = nextStart(text, pos, end);
            }
        }
        return found;
    }

    private int nextStart(String text, int pos, int end) {
        if (!options.spaced() || !Character.isLetterOrDigit(text.charAt(pos))) {
            return pos + Character.charCount(text.codePointAt(pos));
        }
        int p = pos;
        while (p < end && RuleIndex.isWordOrDigit(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** The longest match of any candidate rule at {@code pos} that makes a value; earlier rules win ties. */
    private TimeGrammar.Found longest(Work work, Sentence sentence, int pos, long[] candidates) {
        String text = sentence.text();
        int end = sentence.limit();
        ReusedMatchers matchers = work.rules;
        List<int[]> hits = null;
        long here = ++work.position;
        byte[] leads = work.leadVerdicts;
        for (int w = 0; w < candidates.length; w++) {
            long bits = candidates[w];
            while (bits != 0) {
                int i = w * 64 + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int lead = ruleLeads[i];
                if (lead >= 0) {
                    if (work.leadsAt[lead] != here) {
                        work.leadsAt[lead] = here;
                        leads[lead] = work.leads.on(lead, leadPatterns[lead], text).region(pos, end)
                                .lookingAt() ? (byte) 1 : (byte) 2;
                    }
                    if (leads[lead] == 2) {
                        continue;
                    }
                }
                Matcher m = matchers.on(i, rules.get(i).pattern(), text);
                m.region(pos, end);
                if (m.lookingAt() && m.end() > pos) {
                    if (hits == null) {
                        hits = new ArrayList<>(4);
                    }
                    hits.add(new int[] {m.end(), i});
                }
            }
        }
        if (hits == null) {
            return null;
        }
        hits.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[1], b[1]));
        for (int[] hit : hits) {
            TimeRule rule = rules.get(hit[1]);
            // each rule has its own matcher, which still holds the match it made above
            Matcher m = matchers.on(hit[1], rule.pattern(), text);
            int matchStart = m.start();
            int matchEnd = m.end();
            TimeResolver resolver = new TimeResolver(sentence.reference(),
                    () -> tense(text, sentence.start(), sentence.end(), matchStart, matchEnd),
                    sentence.discourse().quarter);
            TimeGrammar.Found f = evaluate(rule, named[hit[1]], m, text, resolver);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** One matcher per pattern, with transparent bounds, each reset when it is used on another text. */
    private static final class ReusedMatchers {
        private final Matcher[] matchers;
        private final String[] texts;
        private final boolean anchoringBounds;

        ReusedMatchers(int size, boolean anchoringBounds) {
            this.matchers = new Matcher[size];
            this.texts = new String[size];
            this.anchoringBounds = anchoringBounds;
        }

        Matcher on(int i, Pattern pattern, String text) {
            Matcher m = matchers[i];
            if (m == null) {
                m = pattern.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(anchoringBounds);
                matchers[i] = m;
                texts[i] = text;
            } else if (texts[i] != text) {
                m.reset(text);
                texts[i] = text;
            }
            return m;
        }
    }

    private TimeGrammar.Found evaluate(TimeRule rule, boolean named, Matcher m, String text, TimeResolver resolver) {
        Map<String, String> values = new HashMap<>();
        for (TimeRule.Slot slot : rule.slots()) {
            String matched = m.group(slot.group());
            if (matched == null) {
                continue;
            }
            String v = slots.of(slot.wordClass(), matched);
            if (v == null) {
                return null;
            }
            values.putIfAbsent(slot.name(), v);
        }
        String raw = rule.value().evaluate(new ValueTemplate.Env() {
            @Override
            public String slot(String name) {
                return values.get(name);
            }

            @Override
            public TimeResolver resolver() {
                return resolver;
            }

            @Override
            public String dateOrder() {
                return options.dateOrder();
            }
        });
        // a SET recurs, so "each July" keeps its open year
        String value = rule.type().equals("SET") ? (TimexValues.valid(raw) ? raw : null) : resolver.complete(raw);
        if (value == null) {
            return null;
        }
        int end = m.end();
        while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TimeGrammar.Found(m.start(), end, value, rule.type(), raw.startsWith("T"), named);
    }

    /**
     * The tense around an expression, from the cue nearest to it in its sentence ("will", "said"); a future cue wins
     * a tie, and without cues the tense is unknown. Cues before the expression count more than cues after it, except
     * in languages whose verbs come last.
     */
    private TimeResolver.Tense tense(String text, int start, int end, int exprStart, int exprEnd) {
        int weight = options.cueAfterWeight();
        int futureDistance = nearestCue(options.future(), text, start, end, exprStart, exprEnd, weight);
        int pastDistance = nearestCue(options.past(), text, start, end, exprStart, exprEnd, weight);
        if (futureDistance == Integer.MAX_VALUE && pastDistance == Integer.MAX_VALUE) {
            return TimeResolver.Tense.UNKNOWN;
        }
        return futureDistance <= pastDistance ? TimeResolver.Tense.FUTURE : TimeResolver.Tense.PAST;
    }

    private static int nearestCue(Pattern cue, String text, int start, int end, int exprStart, int exprEnd,
                                  int afterWeight) {
        if (cue == null) {
            return Integer.MAX_VALUE;
        }
        int best = Integer.MAX_VALUE;
        Matcher m = cue.matcher(text);
        m.region(start, Math.min(end, text.length()));
        while (m.find()) {
            if (m.end() <= exprStart) {
                best = Math.min(best, exprStart - m.end());
            } else if (m.start() >= exprEnd) {
                // the verb that governs a time adverbial usually comes first: a cue after it counts as farther away
                best = Math.min(best, afterWeight * (m.start() - exprEnd) + 1);
                break;
            }
        }
        return best;
    }
}
