package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.model.Article;

/** Each pack's actor words name the sector that acts: "the government announced", "the police said". */
class SectorActorsTest {
    static Stream<Arguments> sentences() throws IOException {
        String resource = "org/warta/event/sectors/sentences.tsv";
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = SectorActorsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    out.add(Arguments.of(cells[0], cells[1], cells[2], cells[3].strip()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("sentences")
    void theSectorWordIsTheSource(String language, String root, String source, String sentence) {
        Article a = EventTestSupport.codedAs(sentence, language);
        assertTrue(a.events().stream().anyMatch(e -> e.rootCode().equals(root) && e.actor1() != null
                        && source.equals(e.actor1().code())),
                language + ": expected root " + root + " by " + source + " in " + EventTestSupport.described(a));
    }
}
