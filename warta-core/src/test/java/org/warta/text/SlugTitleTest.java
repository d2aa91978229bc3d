package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Titles read from URL slugs, with the trailing article ids and extensions that sites add taken off. */
class SlugTitleTest {
    @Test
    void idsAndExtensionsAreTakenOff() {
        assertEquals("Nga va my chuan bi to chuc", TitleStage.fromSlug("https://x.vn/nga-va-my-chuan-bi-to-chuc-242964.html"));
        assertEquals("Talks resume in geneva", TitleStage.fromSlug("https://x.org/world/talks-resume-in-geneva-a1234567b.php"));
        assertEquals("Talks resume in geneva", TitleStage.fromSlug("https://x.org/talks-resume-in-geneva_20250303.amp"));
    }

    @Test
    void aHugeSegmentOfExtensionsDoesNotOverflowTheStack() {
        // the id pattern once recursed for each repetition and overflowed the stack on a few thousand
        String url = "https://x.org/talks-resume-in-geneva/" + "html".repeat(20_000);
        assertEquals("Talks resume in geneva", assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TitleStage.fromSlug(url)));
    }
}
