package org.warta.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.testing.Fixtures;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/**
 * The seed's chain on the page: the seed (an Indonesian machine translation) arrives first, its Vietnamese source
 * later at the URL the seed's source line names; the story page draws the edge from the source to the seed, and
 * each article shows the other (translated_from one way, translated_as the other).
 */
@SharedData("seed/lavrov-rubio-id.txt")
class SeedStoryBrowserTest {
    @Test
    void theSeedAndItsSourceOnTheStoryPage(@TempDir Path data) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String seed = Files.readString(Shared.path("seed/lavrov-rubio-id.txt"), StandardCharsets.UTF_8);
        String records = StoryBrowserTest.record(json, "seed", seed, null, null, "2025-02-14T06:00:00Z", null)
                + StoryBrowserTest.record(json, "seed-source", Fixtures.text(Fixtures.SEED_SOURCE), null,
                        Fixtures.SEED_SOURCE_URL, "2025-02-13T09:00:00Z", "baodaknong.vn")
                + StoryBrowserTest.examples();
        StoryBrowserTest.showsTheStoryOfAPair(data, records, "seed", "seed-source", "seed-story");
    }
}
