package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The parts snippets are made with give what Lucene's and the JDK's own give, only at less cost. */
class SnippetPartsTest {
    @Test
    void passageScoresAreLucenesToTheBit() {
        Random random = new Random(17);
        PassageScorer lucene = new PassageScorer();
        PassageScores ours = new PassageScores();
        String[] words = {"hà", "nội", "kinh", "tế", "Lavrov", "talks", "政府"};
        for (int p = 0; p < 2000; p++) {
            Passage passage = new Passage();
            int start = random.nextInt(5000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 600);
            int offset = start;
            int matches = random.nextInt(12);
            for (int m = 0; m < matches; m++) {
                offset += 1 + random.nextInt(40);
                BytesRef term = new BytesRef(words[random.nextInt(words.length)]);
                passage.addMatch(offset, offset + term.length, term, 1 + random.nextInt(30));
            }
            passage.setEndOffset(offset + 20 + random.nextInt(200));
            int contentLength = passage.getEndOffset() + random.nextInt(10_000);
            assertEquals(Float.floatToIntBits(lucene.score(passage, contentLength)),
                    Float.floatToIntBits(ours.score(passage, contentLength)), "passage " + p);
        }
    }

    @Test
    void sentenceBoundariesAreTheJdksOwn() throws Exception {
        List<String> texts = new ArrayList<>(List.of("", "One sentence.", "Mr. Smith went to Washington. He met "
                + "Lavrov!  Did they talk? Yes.\n\nNew paragraph without a stop\nand a line", "Hà Nội. 2025-02-14: "
                + "\"Quoted.\" (Bracketed.) … Ellipsis… end"));
        texts.add(org.warta.testing.Fixtures.text("vi-articles.txt"));
        texts.add(org.warta.testing.Fixtures.text(org.warta.testing.Fixtures.ARTICLE_ID));
        for (String text : texts) {
            BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
            SentenceBreaks ours = new SentenceBreaks(BreakIterator.getSentenceInstance(Locale.ROOT));
            jdk.setText(text);
            ours.setText(text);
            assertEquals(jdk.first(), ours.first());
            for (int b = jdk.next(); b != BreakIterator.DONE; b = jdk.next()) {
                assertEquals(b, ours.next());
            }
            assertEquals(BreakIterator.DONE, ours.next());
            assertEquals(jdk.last(), ours.last());
            List<Integer> forward = new ArrayList<>();
            for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) {
                forward.add(b);
            }
            for (int offset = 0; offset < text.length(); offset += 7) {
                jdk.setText(text);
                assertEquals(jdk.following(offset), ours.following(offset), "following " + offset);
                assertEquals(jdk.isBoundary(offset), ours.isBoundary(offset), "boundary " + offset);
                // the last boundary before the offset, as forward iteration finds them (the JDK's own preceding
                // now and then stops inside a sentence, at ". - " and the like)
                int at = offset;
                int before = forward.stream().filter(b -> b < at).reduce((a, b) -> b).orElse(BreakIterator.DONE);
                assertEquals(before, ours.preceding(offset), "preceding " + offset);
            }
        }
    }
}
