package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.warta.Warta;
import org.warta.model.Article;
import org.warta.testing.Fixtures;

/**
 * The day an article and its events are counted by, on the bundled examples as the pipeline reads them: their
 * publication date when known, else the first complete date their lead states; an event by its own date when that
 * names a day or month, else by its article's.
 */
class BestDatesTest {
    static final BestDates.Dated FEB_18 = new BestDates.Dated(LocalDate.of(2025, 2, 18), BestDates.Source.TEXT);

    static Article example(String name, String published) throws Exception {
        String text = Files.readString(Fixtures.examples().resolve(name + ".txt"));
        return Warta.process(SampleArticles.raw(name, text, null, published, null, null));
    }

    @Test
    void anUndatedArticleIsCountedByTheDateItsLeadStates() throws Exception {
        // "...во вторник, 18 февраля 2025 года, в Эр-Рияде..."
        assertEquals(FEB_18, BestDates.article(example("ru-lavrov-rubio-riyadh", null)));
        // "visitaron el domingo 3 de noviembre de 2024 ... la DANA que arrasó ... el 29 de octubre": the first one
        assertEquals(new BestDates.Dated(LocalDate.of(2024, 11, 3), BestDates.Source.TEXT),
                BestDates.article(example("es-dana-valencia", null)));
    }

    @Test
    void thePublicationDateComesFirst() throws Exception {
        assertEquals(new BestDates.Dated(LocalDate.of(2025, 2, 19), BestDates.Source.PUBLISHED),
                BestDates.article(example("ru-lavrov-rubio-riyadh", "2025-02-19T08:00:00+03:00")));
    }

    @Test
    void aTextWithoutAFullDateStaysUndated() throws Exception {
        // "新华社日内瓦5月12日电": the dateline names no year
        assertFalse(BestDates.article(example("zh-zhongmei-rineiwa", null)).known());
    }

    @Test
    void anEventCountsByItsOwnDayOrMonth() {
        assertEquals(new BestDates.Dated(LocalDate.of(2025, 2, 17), BestDates.Source.EVENT),
                BestDates.event("2025-02-17", FEB_18));
        assertEquals(new BestDates.Dated(LocalDate.of(2025, 4, 14), BestDates.Source.EVENT),
                BestDates.event("2025-04-14TAF", BestDates.Dated.NONE));
        assertEquals(new BestDates.Dated(LocalDate.of(2024, 12, 1), BestDates.Source.EVENT_MONTH),
                BestDates.event("2024-12", FEB_18));
    }

    @Test
    void aDayWithoutItsYearTakesTheYearNearestItsArticle() {
        assertEquals(new BestDates.Dated(LocalDate.of(2025, 2, 7), BestDates.Source.EVENT_YEAR_FROM_ARTICLE),
                BestDates.event("XXXX-02-07", FEB_18));
        BestDates.Dated newYear = new BestDates.Dated(LocalDate.of(2025, 1, 2), BestDates.Source.PUBLISHED);
        assertEquals(LocalDate.of(2024, 12, 30), BestDates.event("XXXX-12-30", newYear).day());
        assertEquals(LocalDate.of(2024, 12, 1), BestDates.event("XXXX-12", newYear).day());
        assertEquals(LocalDate.of(2025, 4, 1), BestDates.event("XXXX-04", FEB_18).day());
    }

    @Test
    void vagueOrYearOnlyDatesFallBackToTheArticle() {
        BestDates.Dated article = new BestDates.Dated(FEB_18.day(), BestDates.Source.ARTICLE);
        assertEquals(article, BestDates.event("2014", FEB_18));
        assertEquals(article, BestDates.event("XXXX-XX-XX", FEB_18));
        assertEquals(article, BestDates.event("XXXX-WXX-3", FEB_18));
        assertEquals(article, BestDates.event("PAST_REF", FEB_18));
        assertEquals(article, BestDates.event(null, FEB_18));
        assertEquals(article, BestDates.event("XXXX-02-30", FEB_18));
        assertFalse(BestDates.event("XXXX-02-07", BestDates.Dated.NONE).known());
    }
}
