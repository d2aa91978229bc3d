package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Sentence;
import org.warta.model.Tokens;
import org.warta.token.Segmenter;

class SharedTokensTest {
    @Test
    void aSentenceOfTheLayerReadsAsTheSameSentenceCutFromTheText() {
        String text = "Reuters reported. Spain's EE.UU. envoy condemned the 2.5% tariff on Tuesday.";
        Tokens layer = Segmenter.tokens(text, List.of(new Sentence(0, 17, 0), new Sentence(18, text.length(), 0)));
        EventLexicon es = EventLexicon.of("es");
        SentenceView fromLayer = new SentenceView(layer, 1, es);
        SentenceView fromText = new SentenceView(text, 18, text.length(), es);
        assertEquals(fromText.tokens(), fromLayer.tokens());
        assertEquals(List.of("Spain", "'s", "EE.UU.", "envoy", "condemned", "the", "2.5", "%", "tariff", "on",
                "Tuesday", "."), fromLayer.tokens().stream().map(Token::raw).toList());
        assertEquals(Token.Kind.NUMBER, fromLayer.token(6).kind());
    }

    @Test
    void cueWordsAreMatchedWithTheAccentsOfTheSentence() {
        // "sí" (yes) is not "si" (if) in a sentence written with accents
        String text = "El ministro respondió que sí, y la oposición dijo que si gana anulará el decreto.";
        SentenceView v = new SentenceView(text, 0, text.length(), EventLexicon.of("es"));
        int yes = indexOf(v, "sí");
        int ifWord = indexOf(v, "si");
        assertFalse(v.is(yes, Cue.HYPO));
        assertTrue(v.is(ifWord, Cue.HYPO));
    }

    private static int indexOf(SentenceView v, String raw) {
        for (int i = 0; i < v.size(); i++) {
            if (v.token(i).raw().equals(raw)) {
                return i;
            }
        }
        throw new AssertionError(raw + " not in " + v.tokens());
    }

    @Test
    void thaiWordsAreTokensOfTheirOwn() {
        List<Token> tokens = Tokenizer.tokenize("ทหารโจมตีหมู่บ้าน", "en", Morphology.NONE);
        assertEquals(List.of("ทหาร", "โจมตี", "หมู่บ้าน"), tokens.stream().map(Token::raw).toList());
    }
}
