package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

class EvalExtractionCommandTest {
    private static final String BENCHMARK = "extraction/article-extraction-benchmark";

    @TempDir
    Path dir;

    /**
     * Runs the command on three pages written for the tests (English, Indonesian, German, each with navigation,
     * related links and a footer around the article), in a folder of the benchmark's layout.
     */
    @Test
    void scoresPagesInTheBenchmarksLayout() throws Exception {
        Path own = Path.of(EvalExtractionCommandTest.class.getResource("extraction").toURI());
        Files.copy(own.resolve("ground-truth.json"), dir.resolve("ground-truth.json"));
        Files.createDirectories(dir.resolve("html"));
        for (String id : new String[] {"harbour-ferry", "pasar-apung", "stadtbibliothek"}) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
                Files.copy(own.resolve("html/" + id + ".html"), out);
            }
        }
        String report = assertReportsBesideThePublishedFigures(0.9);
        assertTrue(report.contains("(3 pages)"), report);
    }

    /** Runs the command on the first five pages of the real benchmark, in a folder of the same layout. */
    @Test
    @SharedData(BENCHMARK)
    void printsPrecisionRecallF1AndSpeedBesideThePublishedFigures() throws IOException {
        Path benchmark = Shared.path(BENCHMARK);
        JsonNode truth = new ObjectMapper().readTree(benchmark.resolve("ground-truth.json").toFile());
        ObjectNode subset = new ObjectMapper().createObjectNode();
        Files.createDirectories(dir.resolve("html"));
        Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
        for (int i = 0; i < 5 && it.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = it.next();
            subset.set(e.getKey(), e.getValue());
            Files.copy(benchmark.resolve("html/" + e.getKey() + ".html.gz"), dir.resolve("html/" + e.getKey() + ".html.gz"));
        }
        Files.writeString(dir.resolve("ground-truth.json"), subset.toString());
        assertReportsBesideThePublishedFigures(0.8);
    }

    /** The report of the command on the folder {@code dir}, whose F1 must exceed {@code minF1}. */
    private String assertReportsBesideThePublishedFigures(double minF1) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            status = Main.run("eval", "extraction", "--dataset", dir.toString(), "--rounds", "1", "--no-peers");
        } finally {
            System.setOut(saved);
        }
        assertEquals(ExitCodes.OK, status);
        String report = out.toString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("Warta \\S+\\s+(\\d\\.\\d{3})\\s+(\\d\\.\\d{3})\\s+(\\d\\.\\d{3})\\s+(\\d+)").matcher(report);
        assertTrue(m.find(), report);
        assertTrue(Double.parseDouble(m.group(3)) > minF1, "F1: " + m.group(3));
        assertTrue(report.contains("trafilatura 2.0.0 0.958"), report);
        assertTrue(report.contains("title: not included"), report);
        return report;
    }
}
