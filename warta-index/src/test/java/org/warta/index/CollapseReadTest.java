package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a collapsed search reads when its first ranked hits did not hold the stories it shows. */
class CollapseReadTest {
    @Test
    void aFurtherTryReadsEnoughHitsForTheStoriesWanted() {
        assertEquals(21 * 16 * 2, ArticleSearcher.firstCollapseRead(21, 27_000, 1_700),
                "16 matches a story on average: 21 stories need about 336 hits, twice that is read");
        assertEquals(84, ArticleSearcher.firstCollapseRead(21, 300, 290), "one match a story: four hits a story");
        assertEquals(64, ArticleSearcher.firstCollapseRead(2, 0, 0), "no matches: the least read");
        assertEquals(100_000, ArticleSearcher.firstCollapseRead(1_000, 5_000_000, 10), "never past the cap");
    }
}
