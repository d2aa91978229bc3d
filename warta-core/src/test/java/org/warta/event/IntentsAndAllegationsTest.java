package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warta.event.EventTestSupport.codedSentence;
import static org.warta.event.EventTestSupport.sentenceEvents;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.Article;
import org.warta.model.Event;

/**
 * What CAMEO codes when an action is only wanted, asked for, refused or alleged: the intent (03x, 13x), the appeal
 * (02x), the rejection (12x), the accusation (112) or claim of responsibility (015); and actors who act on each
 * other as one mutual event.
 */
class IntentsAndAllegationsTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Iran wants to attack Israel.|138 IRN ISR ASSERTED",
        "en|Turkey plans to send aid to Syria.|033 TUR SYR ASSERTED",
        "en|Egypt has pledged to send aid to Sudan.|033 EGY SDN ASSERTED",
        "en|Iran wants Syria to attack Israel.|021 IRN SYR ASSERTED",
        "en|Iran wants Syria to attack Israel.|190 SYR ISR HYPOTHETICAL",
        "en|Japan would not provide aid to Russia.|121 JPN RUS ASSERTED",
        "en|Japan refused to provide aid to Russia.|121 JPN RUS ASSERTED",
        "en|Japan did not provide aid to Russia.|070 JPN RUS NEGATED",
        "en|Armenia said Azerbaijan attacked its border posts.|112 ARM AZE ASSERTED",
        "en|Armenia said Azerbaijan attacked its border posts.|190 AZE --- CLAIMED",
        "en|Israel said a rocket was fired at it from Lebanon.|112 ISR LBN ASSERTED",
        "en|Ukraine said it attacked Russia.|015 UKR RUS ASSERTED",
        "en|Ukraine said it attacked Russia.|190 UKR RUS CLAIMED",
        "es|Venezuela amenazó con atacar a Colombia.|138 VEN COL ASSERTED",
        "fr|La Russie menace d'attaquer l'Ukraine.|138 RUS UKR ASSERTED",
        "id|Turki berencana mengirim bantuan ke Suriah.|033 TUR SYR ASSERTED",
        "ar|ستفرض روسيا عقوبات على إيران.|163 RUS IRN FUTURE",
    })
    void codesWhatIsStated(String language, String sentence, String expected) {
        EventTestSupport.assertCoded(expected, language, sentence);
    }

    @Test
    void aSourceNamedAtTheEndReportsTheNewsWithoutAccusing() {
        List<String> events = codedSentence("en", "Azerbaijan attacked Armenia on Monday, officials said.");
        assertTrue(events.contains("190 AZE ARM ASSERTED"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.startsWith("112")), events.toString());
    }

    @Test
    void aPlainDenialOfAnActIsNotARejection() {
        List<String> events = codedSentence("en", "Israel did not attack Lebanon.");
        assertEquals(List.of("190 ISR LBN NEGATED"), events);
    }

    @Test
    void actorsWhoActOnEachOtherAreOneMutualEvent() {
        List<Event> events = sentenceEvents("en", "Russia and Ukraine held talks in Istanbul.");
        assertEquals(1, events.size(), events.toString());
        Event talks = events.get(0);
        assertTrue(talks.mutual());
        assertEquals("046", talks.code());
        assertEquals(List.of("RUS", "UKR"), List.of(talks.actor1().code(), talks.actor2().code()));
        List<Event> oneWay = sentenceEvents("en", "Russia attacked Ukraine.");
        assertFalse(oneWay.get(0).mutual(), "an attack is done by one side to the other");
    }

    @Test
    void aDateInsideARelativeClauseDatesThatClauseNotTheMainAction() {
        Article a = EventTestSupport.prepared(
                "Russia accused the United States of breaking rules which Washington tightened in 2016.",
                "en");
        Article coded = EventTestSupport.code(a, List.of(),
                List.of(EventTestSupport.time(a, "2016", "2016")), LocalDate.of(2025, 2, 14));
        Event accused = coded.events().stream().filter(e -> e.code().equals("112")).findFirst()
                .orElseThrow(() -> new AssertionError(EventTestSupport.described(coded).toString()));
        assertEquals("2025-02-14", accused.date());
    }

    @Test
    void accentsTellAVerbFromItsNounInTextWrittenWithAccents() {
        assertTrue(codedSentence("es", "Venezuela apoyó a Colombia en la disputa.").contains("051 VEN COL ASSERTED"));
        assertTrue(codedSentence("es", "El rechazo de Perú a Chile fue total.").stream().noneMatch(e -> e.startsWith("120")),
                "'rechazo' is the noun, 'rechazó' the verb");
        assertTrue(codedSentence("es", "Los guerrilleros y los soldados se atacaron entre sí en Colombia.").stream()
                .noneMatch(e -> e.endsWith("HYPOTHETICAL")), "'sí' (themselves) is not 'si' (if)");
        assertTrue(codedSentence("es", "PERU RECHAZO LA PROPUESTA DE CHILE").stream().anyMatch(e -> e.startsWith("12")),
                "copy written without accents is read as it comes");
    }

    @Test
    void aPlaceOrWhatWasSignedIsNotAPartyToAMutualAct() {
        List<Event> talks = sentenceEvents("en", "Russia and China held talks in Beijing.");
        assertEquals(List.of("046 RUS CHN ASSERTED"), talks.stream().map(EventTestSupport::describe).toList());
        assertTrue(talks.get(0).mutual());
        List<String> signed = codedSentence("en", "Russia and China signed an agreement with Iran.");
        assertTrue(signed.containsAll(List.of("057 RUS IRN ASSERTED", "057 CHN IRN ASSERTED")), signed.toString());
    }

    @Test
    void aSyllableOfAnotherVietnameseWordIsNotAnAct() {
        assertTrue(codedSentence("vi", "Từ Hà Nội, ông Tập Cận Bình tiếp tục đến Malaysia.").stream()
                .noneMatch(e -> e.startsWith("043")));
        assertTrue(codedSentence("vi", "Hai nhà lãnh đạo chứng kiến lễ ký 45 văn kiện hợp tác.").stream()
                .noneMatch(e -> e.startsWith("115")));
        assertTrue(codedSentence("vi", "Ngư dân bắt được con cá trê lạ.").stream().noneMatch(e -> e.startsWith("173")),
                "a fish caught is no arrest");
        assertTrue(codedSentence("vi", "Chủ tịch Nguyễn Đức Chung yêu cầu các sở báo cáo.").stream()
                .noneMatch(e -> e.contains("DEU")), "'Đức' in a name is not Germany");
        assertTrue(codedSentence("vi", "Thủ tướng Đức Olaf Scholz hội đàm với Tổng thống Pháp.").stream()
                .anyMatch(e -> e.contains("DEU")), "after a title it is");
    }

    @Test
    void whatIsDiscussedIsNotAPartyToTheTalks() {
        List<String> events = codedSentence("id", "Indonesia membahas Yerusalem dengan Turki.");
        assertTrue(events.contains("040 IDN TUR ASSERTED"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.contains("ISR")), events.toString());
    }

    @Test
    void aSeatHeldOrARiotPreventedIsNoEvent() {
        assertTrue(codedSentence("id", "Indonesia menduduki kursi anggota tidak tetap Dewan Keamanan PBB.").stream()
                .noneMatch(e -> e.startsWith("192")));
        assertTrue(codedSentence("id", "Polisi Rusia berjaga untuk mencegah kerusuhan di stadion.").stream()
                .noneMatch(e -> e.startsWith("145") && e.endsWith("ASSERTED")));
        assertTrue(codedSentence("en", "Police were deployed to prevent riots in the capital.").stream()
                .noneMatch(e -> e.startsWith("145") && e.endsWith("ASSERTED")));
    }
}
