package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line features the boilerplate model reads, on lines written for the test. */
class LineFeaturesTest {
    private static double feature(double[] f, String name) {
        return f[LineFeatures.NAMES.indexOf(name)];
    }

    private static double own(String line, String name) {
        return feature(LineFeatures.of(List.of(line), null)[0], name);
    }

    @Test
    void shapesOfWebLeftovers() {
        assertEquals(1, own("Follow us on www.example.com for more", "url"));
        assertEquals(1, own("Write to newsdesk@example.org", "email"));
        assertEquals(1, own("#elections #budget", "hashtag"));
        assertEquals(1, own("Photo by @janedoe", "handle"));
        assertEquals(1, own("Posted from 192.168.10.4", "ip"));
        assertEquals(2, own("News > World > Asia", "separators"));
        assertEquals(1, own("Posted 29.10.2025 08:14", "date-or-clock"));
        assertEquals(0, own("The minister spoke for an hour", "url"));
        assertEquals(0, own("The minister spoke for an hour", "separators"));
    }

    @Test
    void sentencesEndWithPunctuationWhateverTheScript() {
        assertEquals(1, own("The talks resumed on Monday.", "sentence-end"));
        assertEquals(1, own("“We will return,” she said.”", "sentence-end"));
        assertEquals(1, own("会谈周一恢复。", "sentence-end"));
        assertEquals(1, own("هل ستنجح المفاوضات؟", "sentence-end"));
        assertEquals(0, own("Latest Stories", "sentence-end"));
    }

    @Test
    void stopwordsOfAnyListCount() {
        // prose has many function words in its own language, a menu has none
        assertTrue(own("The minister said that he would go to the meeting in the capital", "stop-any") > 0.4);
        assertTrue(own("Menteri mengatakan bahwa dia akan pergi ke pertemuan itu", "stop-best") > 0.3);
        assertEquals(0, own("Sports Weather Markets Podcasts", "stop-any"));
        assertEquals(1, own("Sports Weather Markets Podcasts", "title-case"));
    }

    @Test
    void unspacedScriptsAreCutIntoDictionaryWords() {
        // ICU's dictionary cuts Thai and Chinese into several words, not one run of letters
        assertTrue(own("นายกรัฐมนตรีเดินทางไปประชุมที่กรุงเทพ", "words") > Math.log1p(3));
        assertTrue(own("总理周一前往北京出席会议", "words") > Math.log1p(3));
        assertEquals(1, own("总理周一前往北京出席会议", "unspaced"), 1e-9);
    }

    @Test
    void placeRecurrenceAndNeighbours() {
        String prose = "The finance minister said on Tuesday that the budget would be presented to parliament next week.";
        List<String> lines = List.of("Home", prose, "Share", prose.replace("Tuesday", "Monday"), "Home");
        double[][] f = LineFeatures.of(lines, "Budget goes to parliament");
        assertEquals(1, feature(f[0], "first"));
        assertEquals(1, feature(f[4], "last"));
        assertEquals(1, feature(f[0], "recurs"));
        assertEquals(0, feature(f[1], "recurs"));
        assertEquals(1, feature(f[0], "previous-empty"), "no line before the first");
        assertEquals(0, feature(f[2], "previous-empty"));
        assertEquals(feature(f[1], "chars"), feature(f[2], "previous-chars"));
        assertEquals(1, feature(f[2], "inside-prose"), "between two paragraphs");
        assertEquals(0, feature(f[0], "inside-prose"));
        assertTrue(LineFeatures.isProse(f[1]));
        assertTrue(!LineFeatures.isProse(f[2]));
    }

    @Test
    void theTitleIsRecognised() {
        double[][] f = LineFeatures.of(List.of("Budget goes to parliament", "Budget"), "Budget goes to parliament!");
        assertEquals(1, feature(f[0], "title-equal"));
        assertEquals(1, feature(f[1], "in-title"));
    }
}
