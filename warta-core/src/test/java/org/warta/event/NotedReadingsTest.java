package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Sentence;
import org.warta.model.Tokens;
import org.warta.text.Sentences;
import org.warta.token.Segmenter;

/**
 * What an index says of a word is noted on the word and read back for every later token that writes it, and a
 * thread's words outlive one text: the matches found so are exactly those found by looking every token up afresh,
 * in every language, in headlines in capitals, and after the words were started afresh because they were full.
 */
class NotedReadingsTest {
    private static final List<String> LANGUAGES = List.of("vi", "id", "en", "es", "ar", "ru", "de", "fr", "zh", "tr");

    /** Every match of the index in the sentence, in the order found. */
    private static <V> List<String> matches(PhraseIndex<V> index, List<Token> tokens, boolean caseless, boolean noted) {
        List<String> out = new ArrayList<>();
        for (PhraseIndex.Match<V> m : index.findAll(tokens, caseless, noted)) {
            out.add(m.from() + "-" + m.to() + " #" + m.order() + " " + m.value());
        }
        return out;
    }

    private static List<PhraseIndex<?>> indexes(EventLexicon lexicon) {
        return List.of(lexicon.triggers(), lexicon.importedTriggers(), lexicon.actors(), lexicon.cues());
    }

    /** The sentences of the project's example article in a language, as one token layer. */
    private static Tokens layer(String language) throws IOException {
        String text = example(language);
        List<Sentence> sentences = new ArrayList<>();
        for (int[] s : Sentences.split(text, language)) {
            sentences.add(new Sentence(s[0], s[1], 0));
        }
        return Segmenter.tokens(text, sentences);
    }

    /**
     * Reads every sentence of each language's example with the thread's words (noted, twice: the second time every
     * reading comes from the notes) and as cut afresh and looked up afresh; both in the sentence's own case and as if
     * it had none (a headline in capitals), with accents kept and not.
     */
    @Test
    void notedReadingsFindWhatLookingUpAfreshFinds() throws IOException {
        for (String language : LANGUAGES) {
            EventLexicon lexicon = EventLexicon.of(language);
            Tokens layer = layer(language);
            int found = 0;
            for (int round = 0; round < 2; round++) {
                for (int s = 0; s < layer.sentences(); s++) {
                    SentenceView kept = new SentenceView(layer, s, lexicon, lexicon.words());
                    SentenceView fresh = new SentenceView(layer, s, lexicon,
                            new Tokenizer.Words(language, lexicon.morphology()));
                    assertEquals(fresh.tokens(), kept.tokens(), language);
                    for (PhraseIndex<?> index : indexes(lexicon)) {
                        for (boolean caseless : new boolean[] {kept.caseless(), !kept.caseless()}) {
                            List<String> plain = matches(index, fresh.tokens(), caseless, false);
                            assertEquals(plain, matches(index, kept.tokens(), caseless, true), language + " " + s);
                            List<Token> marked = kept.tokens().stream().map(Token::withMarks).toList();
                            assertEquals(matches(index, fresh.tokens().stream().map(Token::withMarks).toList(),
                                    caseless, false), matches(index, marked, caseless, true), language + " " + s);
                            found += plain.size();
                        }
                    }
                }
            }
            assertTrue(found > 20, language + " finds too little to tell: " + found);
        }
    }

    /** Words kept up to a small capacity start afresh again and again, and read as words never kept. */
    @Test
    void wordsStartedAfreshWhenFullReadAsBefore() throws IOException {
        for (String language : List.of("vi", "en", "ar")) {
            EventLexicon lexicon = EventLexicon.of(language);
            Tokens layer = layer(language);
            Tokenizer.Words small = new Tokenizer.Words(language, lexicon.morphology(), 7);
            Tokenizer.Words all = new Tokenizer.Words(language, lexicon.morphology());
            for (int s = 0; s < layer.sentences(); s++) {
                SentenceView kept = new SentenceView(layer, s, lexicon, small);
                SentenceView fresh = new SentenceView(layer, s, lexicon,
                        new Tokenizer.Words(language, lexicon.morphology()));
                assertEquals(fresh.tokens(), kept.tokens(), language);
                for (PhraseIndex<?> index : indexes(lexicon)) {
                    assertEquals(matches(index, fresh.tokens(), fresh.caseless(), false),
                            matches(index, kept.tokens(), kept.caseless(), true), language + " " + s);
                }
                new SentenceView(layer, s, lexicon, all);
                assertTrue(small.size() <= 7, "kept " + small.size());
            }
            assertTrue(all.size() > 10 * 7, language + ": the words were started afresh only " + all.size() / 7);
        }
    }

    /** The same word read twice is one word, with one reading noted per index; another kind is another word. */
    @Test
    void aWordMetAgainIsTheSameWord() {
        EventLexicon en = EventLexicon.of("en");
        Tokenizer.Words words = new Tokenizer.Words("en", en.morphology(), 100);
        String text = "Russia and Russia";
        Word first = words.of(text, 0, 6, Token.Kind.WORD);
        assertSame(first, words.of(text, 11, 17, Token.Kind.WORD));
        assertSame(first, words.of("Russia", Token.Kind.WORD));
        assertNotEquals(first, words.of("Russia", Token.Kind.PUNCT));
        assertEquals(Token.Kind.PUNCT, words.of("Russia", Token.Kind.PUNCT).kind());
        assertEquals(1, words.size(), "Russia, kept once");
        assertEquals("russia", first.norm());
    }

    /** A word keeps notes for a bounded number of indexes: the oldest gives way, the others stay. */
    @Test
    void aWordKeepsNotesForABoundedNumberOfIndexes() {
        Word w = new Word("Hanoi", "hanoi", "hanoi", "hanoi", Token.Kind.WORD);
        Object[] owners = new Object[Word.NOTES + 1];
        for (int k = 0; k < owners.length; k++) {
            owners[k] = new Object();
            w.note(owners[k], k);
        }
        assertNull(w.note(owners[0]), "the oldest note gave way");
        for (int k = 1; k < owners.length; k++) {
            assertEquals(k, w.note(owners[k]));
        }
        w.note(owners[3], "again");
        assertEquals("again", w.note(owners[3]));
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
