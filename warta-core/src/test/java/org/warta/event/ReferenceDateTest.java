package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.warta.model.Event;

/**
 * What is past and what is future is measured from the article's date (or the configured reference date), never
 * from the day the coder runs: the same text gives the same events on any day.
 */
class ReferenceDateTest {
    /** A purpose clause with a year in it: the act was done when the year lies before the article's date. */
    private static final String SENTENCE = "Kedua menteri membahas langkah-langkah untuk segera mengakhiri kebijakan"
            + " yang dimulai oleh Pemerintahan Obama pada tahun 2016 untuk memperketat secara maksimal persyaratan"
            + " bagi aktivitas misi diplomatik Rusia di Amerika Serikat.";

    private static List<String> coded(String reference) {
        SentenceCoder coder = new SentenceCoder(EventLexicon.of("id"));
        return coder.code(new SentenceCoder.Input(SENTENCE, 0, SENTENCE.length(), List.of(), List.of(), reference, -1),
                new Discourse()).events().stream().map(EventTestSupport::describe).toList();
    }

    private static Event.Status statusOf172(String reference) {
        for (String e : coded(reference)) {
            if (e.startsWith("172 ")) {
                return Event.Status.valueOf(e.substring(e.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no 172 in " + coded(reference));
    }

    @Test
    void aYearBeforeTheArticleDateMakesThePurposeDone() {
        assertEquals(Event.Status.ASSERTED, statusOf172("2025-02-14"));
    }

    @Test
    void theSameYearAfterTheArticleDateLeavesItIntended() {
        assertEquals(Event.Status.HYPOTHETICAL, statusOf172("2015-06-01"));
    }

    @Test
    void withNoDateToMeasureFromTheYearSaysNothing() {
        // measured from the day of the run, 2016 would be past on every day after it, and the status would change
        // with the machine's clock
        assertEquals(Event.Status.HYPOTHETICAL, statusOf172(null));
    }

    /** The event and time stages take their dates from the article or the options, so none of them reads a clock. */
    @Test
    void noEventOrTimeClassReadsTheClock() throws IOException {
        Pattern clock = Pattern.compile("\\.now\\(|currentTimeMillis|\\bClock\\b");
        List<String> readers = new ArrayList<>();
        for (String pkg : List.of("event", "time", "cameo")) {
            Path dir = Path.of("src/main/java/org/warta", pkg);
            assertTrue(Files.isDirectory(dir), dir.toAbsolutePath() + " is where the sources are");
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (clock.matcher(lines.get(i)).find()) {
                            readers.add(f.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), readers);
    }
}
