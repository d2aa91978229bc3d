package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.warta.model.RawDocument;

class RecordStreamTest {
    private static final Duration GUARD = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private static List<RecordStream.Item> drain(RecordStream stream) {
        List<RecordStream.Item> items = new ArrayList<>();
        stream.forEachRemaining(items::add);
        return items;
    }

    @Test
    void yieldsWhatTheReaderPushesInOrder() throws IOException {
        Path file = WarcSplitReaderTest.writeArchive(dir.resolve("news.warc.gz"), WarcCompression.GZIP);
        List<RecordStream.Item> pushed = WarcSplitReaderTest.readWhole(file);
        assertTrue(pushed.size() > 2 * RecordStream.CAPACITY, "more records than the queue holds");
        assertTimeoutPreemptively(GUARD, () -> {
            try (RecordStream stream = RecordStream.of(InputReader.standard(), InputFile.of(file))) {
                assertEquals(pushed, drain(stream));
                assertFalse(stream.hasNext());
                assertThrows(NoSuchElementException.class, stream::next);
            }
        });
    }

    @Test
    void yieldsTheRecordsOfASplitAndOfAFileOfAnotherFormat() throws IOException {
        Path file = WarcSplitReaderTest.writeArchive(dir.resolve("news.warc"), WarcCompression.NONE);
        long size = Files.size(file);
        List<RecordStream.Item> pulled = new ArrayList<>();
        for (WarcSplit split : WarcSplit.cut(size, size / 4)) {
            try (RecordStream stream = RecordStream.of(new WarcSplitReader(ReadLimits.DEFAULT), file.toString(),
                    RangeOpener.of(file), split)) {
                pulled.addAll(drain(stream));
            }
        }
        assertEquals(WarcSplitReaderTest.readWhole(file), pulled);

        Path jsonl = Files.writeString(dir.resolve("news.jsonl"), "{\"text\":\"Rail unions called off the strike.\"}\n"
                + "not json\n{\"text\":\"The council approved the budget.\"}\n");
        try (RecordStream stream = RecordStream.of(InputReader.standard(), InputFile.of(jsonl))) {
            List<RecordStream.Kind> kinds = drain(stream).stream().map(RecordStream.Item::kind).toList();
            assertEquals(List.of(RecordStream.Kind.DOCUMENT, RecordStream.Kind.FAILURE, RecordStream.Kind.DOCUMENT),
                    kinds);
        }
    }

    @Test
    void closingEarlyStopsTheProducerAndClosesItsInput() throws IOException {
        Path file = WarcSplitReaderTest.writeArchive(dir.resolve("news.warc.gz"), WarcCompression.GZIP);
        AtomicBoolean inputClosed = new AtomicBoolean();
        InputFile input = InputFile.of(file.toString(), () -> new java.io.FilterInputStream(Files.newInputStream(file)) {
            @Override
            public void close() throws IOException {
                inputClosed.set(true);
                super.close();
            }
        });
        assertTimeoutPreemptively(GUARD, () -> {
            RecordStream stream = RecordStream.of(InputReader.standard(), input);
            for (int i = 0; i < 3; i++) {
                stream.next();
            }
            // The producer is now blocked on a full queue; closing must release it.
            stream.close();
            assertFalse(stream.producing(), "the producer thread has ended");
            assertTrue(inputClosed.get(), "the reader closed its input");
            assertThrows(IllegalStateException.class, stream::hasNext);
            stream.close();
        });
    }

    @Test
    void closingBeforeTakingAnythingEndsTheThread() {
        assertTimeoutPreemptively(GUARD, () -> {
            RecordStream stream = RecordStream.of(sink -> {
                for (int i = 0; ; i++) {
                    sink.accept(RawDocument.ofText("Story " + i));
                }
            }, "endless");
            stream.close();
            assertFalse(stream.producing());
        });
    }

    @Test
    void anExceptionFromTheReaderComesAfterTheRecordsBeforeIt() {
        assertTimeoutPreemptively(GUARD, () -> {
            RecordStream stream = RecordStream.of(sink -> {
                sink.accept(RawDocument.ofText("The council approved the budget."));
                sink.skip(new Failure(org.warta.model.Source.ofText("x"), "documentation", "a README"));
                throw new IOException("the disk went away");
            }, "failing");
            try (stream) {
                assertEquals(RecordStream.Kind.DOCUMENT, stream.next().kind());
                assertEquals(RecordStream.Kind.SKIP, stream.next().kind());
                UncheckedIOException e = assertThrows(UncheckedIOException.class, stream::hasNext);
                assertEquals("the disk went away", e.getCause().getMessage());
                assertFalse(stream.hasNext(), "reported once, then the stream is at its end");
            }
            assertFalse(stream.producing());
        });
    }
}
