package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The line measures that a regular expression gives are searched only where the literal parts of a match occur;
 * the measures stay what the expressions say.
 */
class LineFeaturesScreensTest {
    private static final int URL = 6;
    private static final int IP = 10;
    private static final int DATE_OR_CLOCK = 17;

    private static double feature(String line, int feature) {
        return LineFeatures.own(line)[feature];
    }

    @Test
    void linksInEveryFormTheExpressionKnows() {
        assertEquals(1, feature("Baca juga: https://example.id/berita", URL));
        assertEquals(1, feature("Selengkapnya di HTTP://contoh.id", URL));
        assertEquals(1, feature("Kunjungi WWW.Kompas.id hari ini", URL));
        assertEquals(1, feature("kompas.com melaporkan dari Jakarta", URL));
        assertEquals(1, feature("Tin theo VnExpress.NET", URL));
        assertEquals(1, feature("portal.io dan lainnya", URL));
        assertEquals(1, feature("Nguồn: tuoitre.org", URL));
        assertEquals(0, feature("Ini kalimat biasa. Tanpa tautan sama sekali.", URL));
        assertEquals(0, feature("Harga naik 3.5 persen: kata dia", URL));
        assertEquals(0, feature("Ông nói: chúng tôi sẽ cố gắng.", URL));
    }

    @Test
    void datesAndClocks() {
        assertEquals(1, feature("Jakarta, 12/03/2025", DATE_OR_CLOCK));
        assertEquals(1, feature("Hà Nội, 12-3-2025 lúc", DATE_OR_CLOCK));
        assertEquals(1, feature("pukul 10:30 WIB", DATE_OR_CLOCK));
        assertEquals(1, feature("Ngày 12 . 03 . 2025", DATE_OR_CLOCK));
        assertEquals(0, feature("Ada 1.000 orang dan 2 000 lainnya", DATE_OR_CLOCK));
        assertEquals(0, feature("Tahun 2025 ada 300 peserta", DATE_OR_CLOCK));
    }

    @Test
    void addressesOfFourNumbers() {
        assertEquals(1, feature("Server 192.168.1.10 tidak menjawab", IP));
        assertEquals(0, feature("Rp 1.000.000 dan 2.000 lainnya", IP));
        assertEquals(0, feature("Versi 1.2.3 rilis 2024", IP));
    }

    @Test
    void theScreensLetThroughEveryLineTheExpressionsMatch() {
        assertEquals(true, LineFeatures.mayHoldUrl("a.CO b"));
        assertEquals(true, LineFeatures.mayHoldUrl("ftp://x"));
        assertEquals(false, LineFeatures.mayHoldUrl("Ends here. Next one."));
        assertEquals(true, LineFeatures.mayHoldDateOrClock("9 /"));
        assertEquals(true, LineFeatures.mayHoldDateOrClock("9\t-"));
        assertEquals(false, LineFeatures.mayHoldDateOrClock("9 a - 3"));
    }
}
