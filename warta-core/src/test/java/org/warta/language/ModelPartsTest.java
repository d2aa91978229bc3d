package org.warta.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelPartsTest {
    @Test
    void parsesLinguaModelFormatIntoLogFrequencies() {
        String json = "{\"language\":\"TEST\",\"ngrams\":{\"1/4\":\"abc xyz\",\"3/1000\":\"ééé\"}}";
        LinguaModels.Parsed parsed = LinguaModels.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(3, parsed.size());
        NgramTable table = NgramTable.of(parsed.keys(), parsed.logFrequencies(), parsed.size());
        assertEquals((float) Math.log(0.25), table.get(NgramKeys.of("abc")), 1e-6);
        assertEquals((float) Math.log(0.25), table.get(NgramKeys.of("xyz")), 1e-6);
        assertEquals((float) Math.log(0.003), table.get(NgramKeys.of("ééé")), 1e-6);
        assertEquals(NgramTable.ABSENT, table.get(NgramKeys.of("abd")));
        assertFalse(table.contains(NgramKeys.of("ab")));
    }

    @Test
    void keysOfPrefixesComeFromTheSameRunningState() {
        long state = 0L;
        for (char c : "kerana".toCharArray()) {
            state = NgramKeys.extend(state, c);
        }
        assertEquals(NgramKeys.of("kerana"), NgramKeys.key(state, 6));
        assertNotEquals(NgramKeys.of("ab"), NgramKeys.of("ba"));
        assertNotEquals(NgramKeys.of("a"), NgramKeys.of("aa"));
    }

    @Test
    void cleansTextTheWayTheModelsWereBuilt() {
        NgramText text = NgramText.of("  Kata-nya: \"RP 1.000\"\n\tdan  ITU!  ");
        assertEquals("katanya rp dan itu", text.cleaned());
        assertEquals(15, text.letters());
        assertTrue(text.hasWord());
        // Distinct trigrams inside words only: kat ata tan any nya dan itu.
        assertEquals(7, text.count(3));
        assertFalse(NgramText.of("a b c").hasWord());
    }

    @Test
    void lowOrderIndexKeepsPostingsPerLanguage() {
        LowOrderIndex.Builder builder = new LowOrderIndex.Builder();
        builder.add(2, new long[] {NgramKeys.of("a")}, new float[] {-1f}, 1);
        builder.add(0, new long[] {NgramKeys.of("a"), NgramKeys.of("b")}, new float[] {-2f, -3f}, 2);
        LowOrderIndex index = builder.build();
        assertEquals(-2f, index.get(NgramKeys.of("a"), 0));
        assertEquals(-1f, index.get(NgramKeys.of("a"), 2));
        assertEquals(NgramTable.ABSENT, index.get(NgramKeys.of("a"), 1));
        assertEquals(NgramTable.ABSENT, index.get(NgramKeys.of("c"), 0));
        int slot = index.find(NgramKeys.of("a"));
        assertEquals(2, index.length(slot));
        assertEquals(0, index.language(index.start(slot)), "postings in language order");
    }

    @Test
    void highOrderTablesAreDroppedBeyondTheirBudget() {
        LinguaModels models = new LinguaModels(8L << 20);
        int english = models.indexOf("en");
        int german = models.indexOf("de");
        NgramTable englishFivegrams = models.high(english, 5);
        assertTrue(englishFivegrams.size() > 100_000, "English five-grams: " + englishFivegrams.size());
        models.high(english, 4);
        models.high(german, 5);
        models.high(german, 4);
        assertTrue(models.highOrderBytes() <= (8L << 20) + 2 * englishFivegrams.bytes(), "" + models.highOrderBytes());
        // A dropped table is read again when needed, with the same content.
        NgramTable again = models.high(english, 5);
        assertEquals(englishFivegrams.size(), again.size());
        assertEquals(-1, models.indexOf("xx"));
        assertEquals("Bokmal", models.name(models.indexOf("nb")));
    }

    @Test
    void rankingPromotesWithoutBreakingTheOrder() {
        Ranking r = Ranking.of(new int[] {5, 7, 9}, new double[] {-10.0, -11.0, -12.5}, "lingua");
        assertArrayEquals(new int[] {5, 7, 9}, r.languages());
        assertEquals(1.0, r.relative()[0]);
        assertEquals(10.0 / 11.0, r.relativeOf(7), 1e-9);
        Ranking promoted = r.promote(9, "markers");
        assertArrayEquals(new int[] {9, 5, 7}, promoted.languages());
        assertEquals("markers", promoted.method());
        assertEquals(1.0, promoted.relative()[0]);
        assertTrue(promoted.relative()[1] >= promoted.relative()[2]);
        assertEquals(0.8, promoted.relative()[1], 1e-9);
        assertTrue(Ranking.of(new int[] {1}, new double[] {0.0}, "lingua").isEmpty(), "no evidence, no ranking");
    }

    @Test
    void markersAreFoundAsWordsPhrasesAndExactCapitals() {
        MarkerLexicon lexicon = new MarkerLexicon(List.of("id", "ms"));
        List<String> found = new ArrayList<>();
        double[] e = lexicon.evidence("Harga naik 5 peratus, kata Tan Sri itu, dan RM50 juta disalurkan kerana banjir.", found);
        assertEquals(0.0, e[0]);
        assertTrue(found.contains("ms:peratus"));
        assertTrue(found.contains("ms:Tan Sri"), found.toString());
        assertTrue(found.contains("ms:RM"), found.toString());
        assertTrue(found.contains("ms:kerana"));
        // Capitalised entries match only as written; a repeated marker counts at most twice.
        double[] repeated = lexicon.evidence("karena karena karena karena");
        assertEquals(2 * lexicon.evidence("karena")[0], repeated[0]);
        assertEquals(0.0, lexicon.evidence("rm tan sri")[1] - lexicon.evidence("")[1]);
    }
}
