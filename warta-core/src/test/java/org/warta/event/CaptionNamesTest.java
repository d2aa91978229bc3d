package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Caption;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.LanguageGuess;
import org.warta.model.Layer;
import org.warta.model.RawDocument;
import org.warta.model.Sentence;

/** The text's names found in captions: whole words, longer names first, the same wherever the caption is long. */
class CaptionNamesTest {
    private static final String[] WORDS = {"Budi", "Santoso", "Budiman", "Siti", "Rahma", "Ani", "Presiden", "dan"};

    @Test
    void findsWhatSearchingTheCaptionForEveryNameWouldFind() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            List<SentenceCoder.IndexedEntity> entities = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                String name = phrase(random, 1 + random.nextInt(3));
                entities.add(new SentenceCoder.IndexedEntity(i, new Entity(i * 10, i * 10 + name.length(), name,
                        Entity.Type.PERSON, name, null, null, null, 0.9)));
            }
            String caption = phrase(random, 2 + random.nextInt(14)).replace(" dan ", random.nextBoolean() ? ", " : " dan ");
            assertEquals(describe(byEveryName(caption, entities)), describe(new CaptionNames(entities).in(caption)),
                    caption + " / " + entities.stream().map(e -> e.entity().text()).toList());
        }
    }

    @Test
    void manyCaptionsAndManyNamesCostTimeInProportionToTheText() {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String a = "Budi" + name(i);
            String b = "Siti" + name(i);
            int start = text.length();
            text.append("Presiden ").append(a).append(" bertemu ").append(b).append(" di Jakarta. ");
            int at = start + "Presiden ".length();
            entities.add(new Entity(at, at + a.length(), a, Entity.Type.PERSON, a, null, "president", "IDN", 0.9));
            int bt = at + a.length() + " bertemu ".length();
            entities.add(new Entity(bt, bt + b.length(), b, Entity.Type.PERSON, b, null, "minister", "MYS", 0.9));
            sentences.add(new Sentence(start, text.length() - 1, i));
            captions.add(new Caption("Presiden " + a + " bertemu " + b + " di Jakarta.", "Foto: Antara"));
        }
        Article article = Article.of(RawDocument.ofText(text.toString())).toBuilder().text(text.toString())
                .language(new LanguageGuess("id", 1.0, "test", java.util.Map.of())).sentences(sentences)
                .entities(entities).captions(captions).layer(Layer.CLEANED).layer(Layer.TEXT).layer(Layer.LANGUAGE)
                .layer(Layer.SENTENCES).layer(Layer.ENTITIES).build();
        Article coded = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new EventStage().apply(article));
        Set<Integer> fromCaptions = new HashSet<>();
        for (Event e : coded.events()) {
            if (e.fromCaption()) {
                fromCaptions.add(e.caption());
            }
        }
        assertEquals(captions.size(), fromCaptions.size(), "every caption's meeting is coded");
        assertEquals(20_000, coded.events().size(), "each sentence tells its caption's meeting again: one event");
    }

    @Test
    void aCreditWithoutCaptionTextLeavesTheArticlesEventsAlone() {
        String text = "Presiden Budi Santoso bertemu Menteri Siti Rahma di Jakarta.";
        Entity budi = new Entity(9, 21, "Budi Santoso", Entity.Type.PERSON, "Budi Santoso", null, "president", "IDN", 0.9);
        Entity siti = new Entity(38, 48, "Siti Rahma", Entity.Type.PERSON, "Siti Rahma", null, "minister", "MYS", 0.9);
        Article article = Article.of(RawDocument.ofText(text)).toBuilder().text(text)
                .language(new LanguageGuess("id", 1.0, "test", java.util.Map.of()))
                .sentences(List.of(new Sentence(0, text.length(), 0))).entities(List.of(budi, siti))
                .captions(List.of(new Caption(null, "VNA"))).layer(Layer.CLEANED).layer(Layer.TEXT)
                .layer(Layer.LANGUAGE).layer(Layer.SENTENCES).layer(Layer.ENTITIES).build();
        Article coded = new EventStage().apply(article);
        assertTrue(coded.events().stream().anyMatch(e -> e.code().startsWith("04") && !e.fromCaption()),
                coded.events().toString());
    }

    /** A name that no other shares a prefix with: "Aab", "Aac", ... */
    private static String name(int i) {
        StringBuilder b = new StringBuilder();
        for (int n = i; n > 0 || b.length() == 0; n /= 26) {
            b.append((char) ('a' + n % 26));
        }
        return b.reverse().toString();
    }

    private static String phrase(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < words; k++) {
            b.append(k > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static List<String> describe(List<SentenceCoder.IndexedEntity> found) {
        return found.stream().map(e -> e.index() + "@" + e.entity().start() + ":" + e.entity().text()).toList();
    }

    /** Each name, longest first, searched for through the whole caption. */
    private static List<SentenceCoder.IndexedEntity> byEveryName(String caption,
                                                                 List<SentenceCoder.IndexedEntity> entities) {
        List<SentenceCoder.IndexedEntity> byLength = new ArrayList<>(entities);
        byLength.sort(Comparator.comparingInt((SentenceCoder.IndexedEntity e) -> e.entity().text().length()).reversed());
        BitSet taken = new BitSet();
        Set<String> seen = new HashSet<>();
        List<SentenceCoder.IndexedEntity> out = new ArrayList<>();
        for (SentenceCoder.IndexedEntity ie : byLength) {
            Entity e = ie.entity();
            if (e.text().length() < 3 || !seen.add(e.text())) {
                continue;
            }
            for (int at = caption.indexOf(e.text()); at >= 0; at = caption.indexOf(e.text(), at + 1)) {
                int end = at + e.text().length();
                if (taken.get(at, end).isEmpty() && boundary(caption, at - 1) && boundary(caption, end)) {
                    taken.set(at, end);
                    out.add(new SentenceCoder.IndexedEntity(ie.index(), new Entity(at, end, e.text(), e.type(),
                            e.canonical(), e.kbId(), e.role(), e.country(), e.confidence())));
                }
            }
        }
        out.sort(Comparator.comparingInt(e -> e.entity().start()));
        return out;
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}
