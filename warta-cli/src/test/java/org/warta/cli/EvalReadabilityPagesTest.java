package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/** {@code warta eval extraction} on folders of Readability's test-page layout, beside the peers on the class path. */
class EvalReadabilityPagesTest {
    private static final String TEST_PAGES = "extraction/readability-test-pages";

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.run(args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The F1 of the table row that starts with {@code system}. */
    private static double f1(String report, String system) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(system) + ".*?\\s(\\d\\.\\d{3})\\s+(\\d\\.\\d{3})\\s+(\\d\\.\\d{3})\\s+\\d+$")
                .matcher(report);
        assertTrue(m.find(), system + " in\n" + report);
        return Double.parseDouble(m.group(3));
    }

    /**
     * Three pages written for the test (English, German, Indonesian), each with navigation, related stories and a
     * footer around the article, and metadata to compare: one expected byline keeps its "Von", one page has none.
     */
    @Test
    void scoresWartaAndEveryPeerAndComparesTheMetadata() throws Exception {
        Path pages = Path.of(EvalReadabilityPagesTest.class.getResource("readability-pages").toURI());
        Run r = run("eval", "extraction", "--dataset", pages.toString(), "--rounds", "1", "--worst", "3");
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertTrue(r.out().contains("readability-pages (3 pages)"), r.out());
        assertTrue(f1(r.out(), "Warta") > 0.95, r.out());
        assertTrue(f1(r.out(), "Readability4J 1.0.8") > 0.5, r.out());
        assertTrue(f1(r.out(), "boilerpipe") > 0.5, r.out());
        assertTrue(r.out().matches("(?s).*\ntitle\\s+3\\s+3\\s+3\\s+1\\.000\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\nbyline\\s+2\\s+2\\s+1\\s+0\\.500\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\npublished date\\s+2\\s+2\\s+2\\s+1\\.000\n.*"), r.out());
        assertTrue(r.err().contains("worst pages of readability-pages"), r.err());
        assertTrue(r.err().contains("library  byline  \"Von Jonas Weber\"  \"Jonas Weber\""), r.err());
        assertTrue(!r.out().contains("worst pages"), "the listing goes to stderr");
    }

    @Test
    void aFolderOfNeitherLayoutIsAUsageError() throws Exception {
        Files.createDirectories(dir.resolve("page"));
        Files.writeString(dir.resolve("page/source.html"), "<html><body><p>alone</p></body></html>");
        Run r = run("eval", "extraction", "--dataset", dir.toString());
        assertEquals(ExitCodes.USAGE, r.status());
        assertTrue(r.err().contains("neither ground-truth.json nor"), r.err());
        assertEquals("", r.out());
    }

    /** On Mozilla's 130 test pages, Warta's main text scores above Readability4J's (a port of the same Readability). */
    @Test
    @SharedData(TEST_PAGES)
    void wartaBeatsReadability4jOnReadabilitysOwnTestPages() {
        Run r = run("eval", "extraction", "--dataset", Shared.path(TEST_PAGES).toString(), "--rounds", "1");
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertTrue(r.out().contains("(130 pages)"), r.out());
        double warta = f1(r.out(), "Warta");
        double readability = f1(r.out(), "Readability4J 1.0.8");
        assertTrue(warta > readability, "Warta " + warta + ", Readability4J " + readability);
        Matcher title = Pattern.compile("\ntitle\\s+\\d+\\s+\\d+\\s+\\d+\\s+(\\d\\.\\d{3})\n").matcher(r.out());
        assertTrue(title.find() && Double.parseDouble(title.group(1)) > 0.5, r.out());
    }
}
