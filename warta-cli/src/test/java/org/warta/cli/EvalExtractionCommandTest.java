package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractionCommandTest {
    private static final Path BENCHMARK = Path.of(System.getProperty("warta.shared", "../shared"),
            "extraction/article-extraction-benchmark");

    @TempDir
    Path dir;

    /** Runs the command on the first five pages of the real benchmark, in a folder of the same layout. */
    @Test
    void printsPrecisionRecallF1AndSpeedBesideThePublishedFigures() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(BENCHMARK.resolve("ground-truth.json").toFile());
        ObjectNode subset = new ObjectMapper().createObjectNode();
        Files.createDirectories(dir.resolve("html"));
        Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
        for (int i = 0; i < 5 && it.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = it.next();
            subset.set(e.getKey(), e.getValue());
            Files.copy(BENCHMARK.resolve("html/" + e.getKey() + ".html.gz"), dir.resolve("html/" + e.getKey() + ".html.gz"));
        }
        Files.writeString(dir.resolve("ground-truth.json"), subset.toString());
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
        assertTrue(Double.parseDouble(m.group(3)) > 0.8, "F1 on five real pages: " + m.group(3));
        assertTrue(report.contains("trafilatura 2.0.0 0.958"), report);
        assertTrue(report.contains("title: not included"), report);
    }
}
