package org.warta.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.warta.testing.Fixtures;

/** The bundled examples (examples/ in the repository) as JSON Lines records, ready to post to the server. */
final class BundledExamples {
    private BundledExamples() {
    }

    /** Every example text, one record each with the id "example-" and its file name: no publication dates. */
    static String texts() throws Exception {
        StringBuilder lines = new StringBuilder();
        try (Stream<Path> files = Files.list(Fixtures.examples())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".txt", "");
                lines.append(StoryBrowserTest.record(StoriesApiTest.JSON, "example-" + name,
                        Files.readString(f, StandardCharsets.UTF_8), null, null, null, null));
            }
        }
        return lines.toString();
    }

    /** The texts and the story's articles (with their publication dates). */
    static String textsAndStory() throws Exception {
        return texts() + jsonLines("stories.jsonl");
    }

    /** Every example: the texts, the feed items and the story's articles. */
    static String all() throws Exception {
        return textsAndStory() + jsonLines("feeds.jsonl");
    }

    private static String jsonLines(String file) throws Exception {
        return Files.readString(Fixtures.examples().resolve(file), StandardCharsets.UTF_8).strip() + "\n";
    }
}
