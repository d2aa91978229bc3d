package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;

/**
 * Linking a short mention to the fuller name before it: the longest earlier name holding every word of the mention
 * wins, the earliest among names as long, whatever the number of names in the article.
 */
class LinkerIndexTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.builtIn());
    private static final String[] WORDS = {"Budi", "Santoso", "Hartono", "Wibowo", "Siti", "Rahmawati"};

    /** One sentence holding every word, in order: mentions are stretches of it. */
    private static final String TEXT = String.join(" ", WORDS);

    private static SentenceView view(String text) {
        EntityRecognizer.Language id = RECOGNIZER.language("id");
        return RECOGNIZER.view(text, 0, text.length(), id);
    }

    @Test
    void eachMentionTakesTheLongestEarlierNameHoldingItsWordsAsReadingEveryNameWould() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            // names of one to four words, some repeated, some with a word twice, all over one shared text
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                int n = 1 + random.nextInt(4);
                int start = text.length();
                for (int k = 0; k < n; k++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                spans.add(new int[] {start, text.length() - 1});
                text.append(". ");
            }
            SentenceView v = view(text.toString());
            List<Mention> mentions = new ArrayList<>();
            for (int[] s : spans) {
                mentions.add(new Mention(v, tokenAt(v, s[0]), tokenAt(v, s[1] - 1) + 1, Entity.Type.PERSON, 0.9));
            }
            List<String> expected = byReadingEveryName(text.toString(), mentions);
            Linker.link(List.of(v), mentions);
            for (int i = 0; i < mentions.size(); i++) {
                assertEquals(expected.get(i), mentions.get(i).canonical, "round " + round + ", mention " + i);
            }
        }
    }

    @Test
    void aNameRepeatedThroughALongTextIsLinkedInTimeToTheMentionsNotTheirSquare() {
        SentenceView v = view(TEXT);
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            // "Budi Santoso Hartono" again and again, each time followed by "Santoso" alone
            mentions.add(new Mention(v, 0, 3, Entity.Type.PERSON, 0.9));
            mentions.add(new Mention(v, 1, 2, Entity.Type.PERSON, 0.9));
        }
        List<Mention> linked = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Linker.link(List.of(v), mentions));
        assertEquals(mentions.size(), linked.size());
        assertEquals("Budi Santoso Hartono", mentions.get(199_999).canonical);
        assertNull(mentions.get(199_998).canonical, "a full name keeps its own");
    }

    private static int tokenAt(SentenceView v, int offset) {
        for (int i = 0; i < v.size(); i++) {
            if (v.token(i).start() <= offset && offset < v.token(i).end()) {
                return i;
            }
        }
        throw new IllegalArgumentException("no token at " + offset);
    }

    /** What each mention should be linked to, found by reading every name before it. */
    private static List<String> byReadingEveryName(String text, List<Mention> mentions) {
        List<Mention> people = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            List<String> words = words(m);
            Mention best = null;
            for (Mention p : people) {
                List<String> pw = words(p);
                if (pw.size() > words.size() && pw.containsAll(words) && (best == null || pw.size() > words(best).size())) {
                    best = p;
                }
            }
            if (best == null) {
                people.add(m);
                out.add(null);
            } else {
                out.add(text.substring(best.start(), best.end()));
            }
        }
        return out;
    }

    private static List<String> words(Mention m) {
        List<String> out = new ArrayList<>();
        for (int i = m.first; i < m.last; i++) {
            if (m.view.token(i).word()) {
                out.add(m.view.token(i).norm());
            }
        }
        return out;
    }
}
