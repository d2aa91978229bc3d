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
 * Shapes of role phrases that hold for every language: a Roman numeral after a role numbers the post, a role of a
 * region speaks as the role's words rather than as the region, and two roles with a verb between them are two
 * phrases. Whole pipeline, language declared.
 */
class RolePhraseShapesTest {
    private static Article process(String language, String text) {
        return EventTestSupport.processed(language, text);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ms | Menteri Kewangan II | Menurut Menteri Kewangan II, Datuk Seri Ahmad Maslan, langkah itu membantu golongan berpendapatan rendah memiliki rumah sendiri.
            id | Menteri Keuangan II | Menurut Menteri Keuangan II, Budi Santoso, langkah itu membantu warga berpenghasilan rendah memiliki rumah sendiri.
            """)
    void aRomanNumeralAfterARoleNumbersThePost(String language, String speaker, String sentence) {
        List<Quote> quotes = process(language, sentence).quotes();
        assertEquals(List.of(speaker), quotes.stream().map(Quote::speaker).toList());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ms | Menteri Kewangan Sabah | Musa yang juga Menteri Kewangan Sabah berkata kerajaan negeri akan menambah peruntukan untuk jalan luar bandar tahun ini.
            id | Gubernur Jawa Barat | Gubernur Jawa Barat mengatakan pemerintah provinsi akan menambah anggaran jalan desa tahun ini.
            en | Governor of Sabah | The Governor of Sabah said the state would add funds for rural roads this year.
            """)
    void aRoleOfARegionSpeaksAsTheRolesWords(String language, String speaker, String sentence) {
        List<Quote> quotes = process(language, sentence).quotes();
        assertEquals(List.of(speaker), quotes.stream().map(Quote::speaker).toList());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ms | Perdana Menteri Malaysia | Agong berkuasa memecat Perdana Menteri Malaysia yang mengkritik Singapura.
            id | Menteri Pertahanan | Presiden berwenang mencopot Menteri Pertahanan lalu mengkritik pemerintah Malaysia.
            """)
    void twoRolesWithAVerbBetweenAreTwoPhrases(String language, String source, String sentence) {
        List<Event> events = process(language, sentence).events();
        assertTrue(events.stream().anyMatch(e -> e.actor1() != null && source.equals(e.actor1().name())),
                source + " in " + events.stream().map(e -> e.actor1() == null ? null : e.actor1().name()).toList());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ms | Khalid Mohamad Jiwa | Armand bertanya kepada suaminya, Datuk Seri Khalid Mohamad Jiwa bila hendak ke Gaza Palestin dan membantu rakyat di sana.
            id | Budi Santoso | Rina bertanya kepada suaminya, Budi Santoso kapan akan ke Gaza Palestina dan membantu rakyat di sana.
            """)
    void aCountryThatEndsAPlaceAfterAPrepositionIsThePlace(String language, String source, String sentence) {
        List<Event> events = process(language, sentence).events();
        assertTrue(events.stream().anyMatch(e -> e.actor1() != null && source.equals(e.actor1().name())),
                source + " in " + events.stream().map(e -> e.actor1() == null ? null : e.actor1().name()).toList());
    }
}
