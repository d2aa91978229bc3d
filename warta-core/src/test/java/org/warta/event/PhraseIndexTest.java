package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.warta.model.Sentence;
import org.warta.model.Tokens;
import org.warta.text.Sentences;
import org.warta.token.Segmenter;

class PhraseIndexTest {
    /** Every match as "from-to #order", as the index finds them. */
    private static <V> Set<String> found(PhraseIndex<V> index, SentenceView v) {
        Set<String> out = new TreeSet<>();
        for (PhraseIndex.Match<V> m : index.findAll(v.tokens(), v.caseless())) {
            out.add(m.from() + "-" + m.to() + " #" + m.order());
        }
        return out;
    }

    /** Every match, trying every pattern at every token. */
    private static Set<String> tried(PhraseIndex<?> index, SentenceView v) {
        Set<String> out = new TreeSet<>();
        List<PhrasePattern> patterns = index.patterns();
        for (int i = 0; i < v.size(); i++) {
            for (int p = 0; p < patterns.size(); p++) {
                int end = patterns.get(p).matchAt(v.tokens(), i, v.caseless());
                if (end > i) {
                    out.add(i + "-" + end + " #" + p);
                }
            }
        }
        return out;
    }

    private static PhraseIndex<String> index(String language, String... patterns) {
        PhraseIndex<String> index = new PhraseIndex<>();
        Morphology m = EventLexicon.of(language).morphology();
        for (String p : patterns) {
            index.add(PhrasePattern.compile(p, language, m), p);
        }
        return index;
    }

    private static SentenceView view(String language, String sentence) {
        return new SentenceView(sentence, 0, sentence.length(), EventLexicon.of(language));
    }

    @Test
    void patternsThatShareTheirFirstWordAreEachFound() {
        PhraseIndex<String> index = index("en", "rushed|sent … aid", "rushed|sent … troops", "rushed|sent", "sent … to",
                "aid [and]");
        SentenceView v = view("en", "Japan rushed aid and later sent troops to the border.");
        // "rushed … troops" reaches over four words; "sent … aid" does not look back
        assertEquals(Set.of("1-2 #2", "1-3 #0", "1-7 #1", "2-4 #4", "5-6 #2", "5-7 #1", "5-8 #3"), found(index, v));
    }

    @Test
    void aPatternIsNotFoundWhereAWordItNeedsComesBeforeItsStartOrNotAtAll() {
        PhraseIndex<String> index = index("en", "sent … troops", "sent … aid");
        assertEquals(Set.of(), found(index, view("en", "Troops were sent home.")));
        assertEquals(Set.of("2-5 #0"), found(index, view("en", "Troops were sent more troops.")));
    }

    @Test
    void aGapStopsAtPunctuationButNotAtAHyphen() {
        PhraseIndex<String> index = index("en", "fired … missiles");
        assertEquals(Set.of("1-6 #0"), found(index, view("en", "They fired anti-aircraft missiles.")));
        assertEquals(Set.of(), found(index, view("en", "They fired, missiles fell.")));
    }

    @Test
    void theLanguagesLexiconsFindWhatTryingEveryPatternFinds() throws IOException {
        for (String language : List.of("en", "es", "ru", "ar", "id", "vi", "zh")) {
            EventLexicon lexicon = EventLexicon.of(language);
            String text = example(language);
            int checked = 0;
            for (int[] s : Sentences.split(text, language).subList(0, 8)) {
                SentenceView v = new SentenceView(text, s[0], s[1], lexicon);
                for (PhraseIndex<?> index : List.of(lexicon.triggers(), lexicon.importedTriggers(), lexicon.actors(),
                        lexicon.cues())) {
                    Set<String> found = found(index, v);
                    Set<String> missed = new TreeSet<>(tried(index, v));
                    assertTrue(missed.containsAll(found), language + ": " + found + " " + missed);
                    missed.removeAll(found);
                    for (String m : missed) {
                        // a word that is its own stem is not looked up by its stem ("глав" for "глава")
                        Token first = v.token(Integer.parseInt(m.substring(0, m.indexOf('-'))));
                        assertTrue(!lexicon.morphology().suffixes().isEmpty() && first.stem().equals(first.norm()),
                                language + ": " + m + " missed in " + text.substring(s[0], s[1]));
                    }
                    checked += found.size();
                }
            }
            assertTrue(checked > 10, language + " finds too little to tell: " + checked);
        }
    }

    @Test
    void aSentenceOfTheLayerAndTheSameTextCutAgainFindTheSame() {
        String text = "Kremlin menolak tuduhan itu. Menurut Kremlin, Presiden Putin bertemu Presiden Prabowo.";
        Tokens layer = Segmenter.tokens(text, List.of(new Sentence(0, 28, 0), new Sentence(29, text.length(), 0)));
        EventLexicon id = EventLexicon.of("id");
        SentenceView fromLayer = new SentenceView(layer, 1, id, new Tokenizer.Words("id", id.morphology()));
        SentenceView fromText = new SentenceView(text, 29, text.length(), id);
        assertEquals(fromText.tokens(), fromLayer.tokens());
        assertEquals(found(id.actors(), fromText), found(id.actors(), fromLayer));
        assertFalse(found(id.actors(), fromLayer).isEmpty());
    }

    /** The project's example article in a language (examples/ at the root of the checkout). */
    private static String example(String language) throws IOException {
        try (var files = Files.list(Path.of("..", "examples"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(language + "-")
                    && f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }
}
