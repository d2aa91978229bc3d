package org.warta.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.warta.lang.LanguageData;
import org.warta.lang.LanguageProfile;

/**
 * One language's time grammar: the rules of {@code <lang>/time.tsv} followed by the language-neutral ones of
 * {@code common/time.tsv}, over CLDR's names and the language's own words. Made in four parts, each its own class:
 * <ol>
 *   <li>{@link TimeOptions} and {@link TimeRuleCompiler}: the options, word classes and compiled rules;</li>
 *   <li>{@link RuleIndex}: which rules can start at which word, so tagging tries only those;</li>
 *   <li>{@link RuleMatcher}: the longest match at each word, with its value;</li>
 *   <li>{@link TimePostProcessor}: modifiers taken in, clock times given their day, a day and a time joined.</li>
 * </ol>
 */
final class TimeGrammar {
    static final String FILE = "time.tsv";

    /**
     * A time expression found in one sentence, before it is turned into a model object.
     *
     * @param clockOnly a clock time whose day came from the reference, so a day written next to it can replace it
     * @param named     the value is written out in the text ("the third quarter"), not worked out from another one
     */
    record Found(int start, int end, String value, String type, boolean clockOnly, boolean named) {
    }

    /** What a document's earlier sentences tell the later ones: the quarter it last spoke of. */
    static final class Discourse {
        String quarter;
    }

    private final String language;
    private final int ruleCount;
    private final RuleMatcher matcher;
    private final TimePostProcessor post;

    private TimeGrammar(String language, List<LanguageData.Row> rows, boolean screened) {
        this.language = language;
        TimeOptions options = TimeOptions.read(rows);
        TimeRuleCompiler.Compiled compiled = TimeRuleCompiler.compile(language, options, rows);
        RuleIndex index = new RuleIndex(options.spaced(), compiled.classes(), compiled.rules());
        SlotValues slots = new SlotValues(compiled.classes(), LanguageProfile.of(language).era());
        this.ruleCount = compiled.rules().size();
        StartScreen screen = screened ? new StartScreen(options.spaced(), compiled.rules(), index) : null;
        this.matcher = new RuleMatcher(options, compiled.rules(), index, screen, compiled.leadPatterns(), slots);
        this.post = new TimePostProcessor(options, slots);
    }

    /** The grammar of a language: its own file (when it has one) on top of the common file and CLDR's names. */
    static TimeGrammar load(String language) {
        return load(language, true);
    }

    /**
     * @param screened whether each word's candidate rules are narrowed down by {@link StartScreen} before they are
     *                 tried; the expressions found are the same either way
     */
    static TimeGrammar load(String language, boolean screened) {
        List<LanguageData.Row> rows = new ArrayList<>(LanguageData.rows(LanguageData.COMMON, FILE));
        boolean known = language != null && LanguageData.languages().contains(language);
        if (known) {
            rows.addAll(LanguageData.rows(language, FILE));
        }
        return new TimeGrammar(language == null ? "und" : language, rows, screened);
    }

    String language() {
        return language;
    }

    int ruleCount() {
        return ruleCount;
    }

    /**
     * Finds the time expressions that start in the sentence {@code [start, end)} of {@code text}. An expression may
     * run on to {@code limit}: a sentence splitter can take the full stop of "Oct. 9" for the end of a sentence.
     */
    List<Found> tag(String text, int start, int end, int limit, LocalDate reference, Discourse discourse) {
        return post.sentence(text, start, matcher.match(text, start, end, limit, reference, discourse));
    }

    /**
     * Joins a day and a clock time written next to each other ("12 Februari 2025 pukul 08.30 WIB", "10:30 a.m.
     * Tuesday") into one TIME.
     */
    List<Found> merge(String text, List<Found> found) {
        return post.merge(text, found);
    }
}
