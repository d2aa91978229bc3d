package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.model.Warning;
import org.warta.pipeline.Pipeline;

/**
 * Short inputs of any format, sniffed and read as the command line reads a file, then run through the whole
 * standard pipeline: every record ends as an article or as a failure with its reason, and no stage fails.
 */
class PipelineFuzzTest {
    /** Whole-pipeline runs are slow; longer inputs add little that the per-format targets do not reach. */
    private static final int MAX_INPUT = 4096;
    private static final Pipeline PIPELINE = Pipelines.standard(WartaOptions.defaults());
    private static final InputReader READER = new InputReader(ReadLimits.DEFAULT, InputStream.nullInputStream());

    @FuzzTest(maxDuration = "10s")
    @Timeout(30)
    void pipeline(byte[] bytes) {
        if (bytes.length > MAX_INPUT) {
            return;
        }
        ContractSink sink = new ContractSink();
        READER.readFile(InputFile.ofBytes("fuzz", bytes), sink);
        assertTrue(sink.outcomes() >= 1, "an input gave no outcome at all");
        for (RawDocument document : sink.documents) {
            Article article = PIPELINE.process(document);
            assertNotNull(article.text());
            List<Warning> failedStages = article.warnings().stream()
                    .filter(w -> w.code().equals("stage-failed")).toList();
            assertEquals(List.of(), failedStages, "a stage threw on this input");
        }
    }
}
