package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.Article;
import org.warta.model.Event;
import org.warta.model.Quote;

/**
 * Where a role phrase begins and ends, now that every role word is an actor to the event coder: a place named after
 * a preposition of place stays the event's place when a role phrase follows it, and a role followed by the
 * organisation it belongs to speaks as that whole phrase, not as the organisation. Whole pipeline, language declared.
 */
class RolePhraseBoundsTest {
    private static Article process(String language, String text) {
        return EventTestSupport.processed(language, text);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | Cairo | استقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الأردني في القاهرة بحضور وزير الخارجية المصري يوم الاثنين.
            ms | Jakarta | Perdana Menteri Anwar Ibrahim bertemu Presiden Indonesia Prabowo Subianto di Jakarta disaksikan Menteri Luar Negeri Mohamad Hasan pada Isnin.
            id | Kuala Lumpur | Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Kuala Lumpur didampingi Menteri Luar Negeri Sugiono, Senin.
            """)
    void aPlaceBeforeARolePhraseStaysTheEventsPlace(String language, String place, String sentence) {
        List<Event> events = process(language, sentence).events();
        assertTrue(events.stream().anyMatch(e -> place.equals(e.place())),
                "place " + place + " in " + events.stream().map(e -> e.code() + "@" + e.place()).toList());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ms | Jurucakap Persatuan Pengguna Pulau Pinang | Jurucakap Persatuan Pengguna Pulau Pinang berkata, pihaknya menerima lebih 200 aduan mengenai kenaikan harga barang sejak awal bulan ini.
            id | Sekjen Persatuan Pedagang Pasar Seluruh Indonesia | "Kami menolak rencana kenaikan tarif itu," kata Sekjen Persatuan Pedagang Pasar Seluruh Indonesia, Selasa (4/3/2025).
            es | portavoz de la Cruz Roja Española | El portavoz de la Cruz Roja Española dijo que más de 300 familias recibieron ayuda tras las inundaciones en Valencia.
            en | spokesperson of the Consumers Association of Penang | The spokesperson of the Consumers Association of Penang said the group had received more than 300 complaints since Monday.
            """)
    void aRoleAndTheOrganisationItBelongsToSpeakAsOnePhrase(String language, String speaker, String sentence) {
        List<Quote> quotes = process(language, sentence).quotes();
        assertEquals(1, quotes.size(), "one quote in " + quotes);
        assertEquals(speaker, quotes.get(0).speaker());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ms | Jurucakap Bomba Selangor | Jurucakap Bomba Selangor berkata, pihaknya menerima panggilan mengenai kejadian itu pada pukul 5.30 petang.
            id | Sekjen Paguyuban Reog Jabodetabek | "Kami sudah meminta klarifikasi dari KJRI," kata Sekjen Paguyuban Reog Jabodetabek, Senin (2/11/2015).
            """)
    void aRoleBeforeANameTheEntityLayerTookForAPlaceSpeaksWithIt(String language, String speaker, String sentence) {
        List<Quote> quotes = process(language, sentence).quotes();
        assertTrue(quotes.stream().anyMatch(q -> speaker.equals(q.speaker())),
                speaker + " in " + quotes.stream().map(Quote::speaker).toList());
    }
}
