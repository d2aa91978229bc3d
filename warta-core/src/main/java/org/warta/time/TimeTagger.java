package org.warta.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.model.Span;
import org.warta.model.TimeExpression;
import org.warta.pipeline.Deadline;
import org.warta.text.Sentences;

/**
 * Finds time expressions in text and normalises them to TIMEX3 values against a reference date. The same tagger
 * serves the {@code times} stage and {@code warta eval time}. Thread-safe; each language's grammar is compiled once,
 * on first use, and only that language's rules (with the language-neutral ones) run on its text.
 */
public final class TimeTagger {
    private static final TimeTagger SHARED = new TimeTagger();

    /** A month or a day of a written year: the year the story is in, for the dates after it that leave it out. */
    private static final Pattern DATED = Pattern.compile("(\\d{4})-\\d{2}");
    /** A month or a day whose year is left out: "April 10" is XXXX-04-10. */
    private static final Pattern OPEN_YEAR = Pattern.compile("XXXX-\\d{2}");

    private final Map<String, TimeGrammar> grammars = new ConcurrentHashMap<>();
    private final boolean screened;

    private TimeTagger() {
        this(true);
    }

    /** @param screened whether grammars narrow down the rules they try at each word (see {@link StartScreen}) */
    TimeTagger(boolean screened) {
        this.screened = screened;
    }

    /** The tagger shared by every pipeline in the process, so grammars are compiled once. */
    public static TimeTagger shared() {
        return SHARED;
    }

    /** Tags {@code text}, split into sentences here. */
    public List<TimeExpression> tag(String text, String language, LocalDate reference) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<int[]> spans = Sentences.split(text, language);
        return tagSpans(text, spans, language, reference);
    }

    /**
     * Tags {@code text} sentence by sentence; expressions never cross a sentence.
     *
     * @param reference the date relative expressions resolve against; null leaves them with X's
     */
    public List<TimeExpression> tag(String text, List<? extends Span> sentences, String language, LocalDate reference) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (sentences.isEmpty()) {
            return tag(text, language, reference);
        }
        List<int[]> spans = new ArrayList<>(sentences.size());
        for (Span s : sentences) {
            spans.add(new int[] {s.start(), s.end()});
        }
        return tagSpans(text, spans, language, reference);
    }

    /**
     * Tags sentence by sentence. An expression starts inside a sentence but may run into the next one of the same
     * line, because abbreviations ("Oct. 9", "Jan. 6") fool sentence splitters. Without a reference date, a month or
     * day whose year is left out ("April 10") takes the year of the last dated month or day before it, as a story
     * told in 2025 goes on in 2025; with none before it, it keeps its X's.
     */
    private List<TimeExpression> tagSpans(String text, List<int[]> spans, String language, LocalDate reference) {
        TimeGrammar grammar = grammar(language);
        List<TimeGrammar.Found> found = new ArrayList<>();
        int covered = 0;
        TimeGrammar.Discourse discourse = new TimeGrammar.Discourse();
        for (int i = 0; i < spans.size(); i++) {
            Deadline.check();
            int start = Math.max(spans.get(i)[0], covered);
            int end = spans.get(i)[1];
            if (start >= end) {
                continue;
            }
            int limit = end;
            if (i + 1 < spans.size() && spans.get(i + 1)[0] >= end
                    && text.substring(end, spans.get(i + 1)[0]).indexOf('\n') < 0) {
                limit = spans.get(i + 1)[1];
            }
            for (TimeGrammar.Found f : grammar.tag(text, start, end, limit, reference, discourse)) {
                found.add(f);
                covered = Math.max(covered, f.end());
            }
        }
        List<TimeExpression> out = new ArrayList<>(found.size());
        String year = null;
        for (TimeGrammar.Found f : grammar.merge(text, found)) {
            String value = f.value();
            if (reference == null) {
                Matcher dated = DATED.matcher(value);
                if (dated.lookingAt()) {
                    year = dated.group(1);
                } else if (year != null && OPEN_YEAR.matcher(value).lookingAt()) {
                    value = year + value.substring(4);
                }
            }
            out.add(new TimeExpression(f.start(), f.end(), text.substring(f.start(), f.end()), value, f.type()));
        }
        return out;
    }

    TimeGrammar grammar(String language) {
        String code = language == null || language.isBlank() ? "und" : language;
        TimeGrammar grammar = grammars.get(code);
        return grammar != null ? grammar : Deadline.unclocked(() -> grammars.computeIfAbsent(code, c -> TimeGrammar.load(c, screened)));
    }
}
