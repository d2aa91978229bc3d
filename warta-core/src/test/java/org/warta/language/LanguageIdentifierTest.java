package org.warta.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.model.LanguageGuess;
import org.warta.testing.Fixtures;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

class LanguageIdentifierTest {
    private static final LanguageIdentifier ID = LanguageIdentifier.shared();

    @ParameterizedTest
    @ValueSource(strings = {
            "Polisi menangkap dua tersangka pencurian mobil di Jakarta Selatan pada Senin malam.",
            "Pemerintah menaikkan harga BBM sebesar 10 persen mulai bulan Agustus.",
            "Korban kecelakaan itu dibawa ke rumah sakit terdekat oleh warga sekitar.",
            "Menurut dia, anggaran sebesar Rp 2 triliun tersebut belum cukup untuk membangun jembatan.",
            "Presiden mengatakan bahwa pemilu harus berlangsung jujur dan adil.",
            "Harga cabai di pasar tradisional naik karena pasokan dari petani berkurang.",
            "Kamis kemarin, ribuan wisatawan memadati pantai meskipun cuaca buruk.",
    })
    void indonesianNewsSentences(String sentence) {
        assertEquals("id", ID.identify(sentence).code(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Polis menahan dua suspek kes kecurian kereta di Kuala Lumpur pada malam Isnin.",
            "Kerajaan menaikkan harga petrol sebanyak 10 peratus mulai bulan Ogos.",
            "Mangsa kemalangan itu dibawa ke hospital berhampiran oleh orang ramai.",
            "Menurutnya, peruntukan sebanyak RM2 bilion itu tidak mencukupi untuk membina jambatan.",
            "Perdana Menteri berkata bahawa pilihan raya mesti dijalankan secara adil.",
            "Harga cili di pasar naik kerana bekalan daripada petani berkurangan.",
            "Datuk Seri itu menghadiri majlis perasmian di Putrajaya semalam.",
    })
    void malayNewsSentences(String sentence) {
        assertEquals("ms", ID.identify(sentence).code(), sentence);
    }

    @Test
    void anIndonesianArticleAndItsCaptionLineAreIndonesian() {
        assertIndonesianArticle(Fixtures.text(Fixtures.ARTICLE_ID));
    }

    @Test
    @SharedData("seed/lavrov-rubio-id.txt")
    void seedArticleIsIndonesian() throws Exception {
        assertIndonesianArticle(Files.readString(Shared.path("seed/lavrov-rubio-id.txt")));
    }

    private static void assertIndonesianArticle(String text) {
        LanguageGuess guess = ID.identify(text);
        assertEquals("id", guess.code());
        assertTrue(guess.confidence() > 0.5, "confidence " + guess.confidence());
        assertEquals("id", ID.identify(firstParagraph(text)).code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar | قال وزير الخارجية إن المحادثات ستستمر الأسبوع المقبل في العاصمة",
            "fa | وزیر امور خارجه گفت که گفتگوها هفته آینده در پایتخت ادامه خواهد یافت",
            "ru | Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе.",
            "uk | Міністр закордонних справ заявив, що переговори триватимуть наступного тижня.",
            "zh | 外交部长表示，谈判将于下周在首都继续进行。",
            "ja | 外務大臣は、交渉が来週も首都で続けられると述べた。",
            "ko | 외교부 장관은 협상이 다음 주에도 수도에서 계속될 것이라고 말했다.",
            "vi | Bộ trưởng Ngoại giao cho biết các cuộc đàm phán sẽ tiếp tục vào tuần tới tại thủ đô.",
            "el | Ο υπουργός Εξωτερικών δήλωσε ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.",
            "hi | विदेश मंत्री ने कहा कि बातचीत अगले सप्ताह राजधानी में जारी रहेगी।",
            "en | The foreign minister said the talks would continue in the capital next week.",
            "de | Der Außenminister sagte, die Gespräche würden nächste Woche in der Hauptstadt fortgesetzt.",
            "tr | Dışişleri bakanı görüşmelerin gelecek hafta başkentte süreceğini söyledi.",
    })
    void scripts(String expected, String text) {
        assertEquals(expected, ID.identify(text).code(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345 67", "!!! ??? ...", "2024-01-02 10:30", "A+ A-", "Q & A"})
    void emptyOrNoWordsIsUndetermined(String text) {
        LanguageGuess guess = ID.identify(text);
        assertEquals(LanguageGuess.UNDETERMINED, guess.code(), "'" + text + "'");
        assertEquals(0.0, guess.confidence());
    }

    @Test
    void nullIsUndetermined() {
        assertEquals(LanguageGuess.UNDETERMINED, ID.identify(null).code());
    }

    @Test
    void declaredLanguageSettlesACloseCallOnly() {
        // No marker either way, and n-grams cannot tell: the declared language decides.
        String ambiguous = "Sumber";
        assertEquals("ms", ID.identify(ambiguous, "ms").code());
        assertEquals("id", ID.identify(ambiguous, "id-ID").code());
        // A declaration never overrides clear evidence.
        String malay = "Kerajaan negeri berkata peruntukan RM5 juta akan disalurkan kepada mangsa banjir minggu lepas.";
        assertEquals("ms", ID.identify(malay, "id").code());
        String english = "The central bank raised interest rates for the third time this year.";
        assertEquals("en", ID.identify(english, "id").code());
    }

    @Test
    void turkishReadInTheWrongCodePageIsStillTurkish() {
        // ı ş ğ shown as ý þ ð: Turkish written in Windows-1254 and decoded as Windows-1252.
        assertEquals("tr", ID.identify("AKP iktidarý 2005 yýlýný kayýt dýþýlýkla mücadele yýlý ilan etmiþ").code());
    }

    @Test
    void lettersOnlyOneLanguageUsesDecideShortTexts() {
        assertEquals("de", ID.identify("Straße").code());
        assertEquals("az", ID.identify("əsasında").code());
        assertEquals("cs", ID.identify("řeka").code());
    }

    @Test
    void guessListsCandidatesBestFirst() {
        LanguageGuess guess = ID.identify("Pemerintah menaikkan harga BBM sebesar 10 persen.");
        assertEquals("id", guess.candidates().keySet().iterator().next());
        assertEquals(1.0, guess.candidates().get("id"));
        assertTrue(guess.candidates().containsKey("ms"));
        assertTrue(guess.candidates().values().stream().allMatch(v -> v > 0.0 && v <= 1.0));
    }

    @Test
    void declaredCodesAreNormalised() {
        assertEquals("id", LanguageIdentifier.declaredCode("in"));
        assertEquals("id", LanguageIdentifier.declaredCode("id-ID"));
        assertEquals("ms", LanguageIdentifier.declaredCode("ms_MY"));
        assertEquals("ms", LanguageIdentifier.declaredCode("zsm"));
        assertEquals("en", LanguageIdentifier.declaredCode(" EN-gb "));
        assertEquals(null, LanguageIdentifier.declaredCode(" "));
    }

    static String firstParagraph(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
