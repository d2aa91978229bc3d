package org.warta.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.warta.model.Caption;

/**
 * A figure caption far longer than real ones still has its credit split off in linear time: the caption pattern
 * once tried every split of a run of white space before the credit's bracket.
 */
class LongCaptionTest {
    @Test
    void aHugeRunOfSpacesWithoutACreditIsReadInLinearTime() {
        String all = "Delegates arrive in Geneva" + " ".repeat(200_000) + "on Monday";
        Caption caption = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> BlockWriter.splitCredit(all));
        assertEquals(all, caption.text());
        assertEquals(null, caption.credit());
    }

    @Test
    void aCreditAfterAHugeRunOfSpacesIsSplitOff() {
        String all = "Delegates arrive in Geneva" + " ".repeat(200_000) + "(Photo: Reuters)";
        Caption caption = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> BlockWriter.splitCredit(all));
        assertEquals("Delegates arrive in Geneva", caption.text());
    }

    @Test
    void ordinaryCaptionsSplitAsBefore() {
        Caption caption = BlockWriter.splitCredit("Delegates arrive in Geneva. (Photo: Reuters)");
        assertEquals("Delegates arrive in Geneva.", caption.text());
    }
}
