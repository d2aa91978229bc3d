package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcSplitReaderTest {
    private static final Instant CAPTURED = Instant.parse("2026-03-02T08:15:00Z");
    private static final String[] SENTENCES = {
        "The harbour authority said the new quay would open to container ships before the end of the year.",
        "Fishermen in the old port complained that the works had cut their landing times by half since spring.",
        "The city council approved the budget after a four-hour debate that ran late into the night.",
        "Rail unions called off the strike planned for Monday after the ministry agreed to reopen talks.",
        "Farmers in the valley expect a smaller harvest after the driest summer in three decades.",
    };

    @TempDir
    Path dir;

    /** 50 news pages, each with its request, a metadata record after every fifth page, and an image. */
    static Path writeArchive(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), compression)) {
            w.write(new Warcinfo.Builder().date(CAPTURED).fields(java.util.Map.of("software", List.of("warta-test")))
                    .build());
            for (int i = 0; i < 50; i++) {
                String url = "https://harbour.example/2026/03/02/story-" + i;
                w.write(new WarcRequest.Builder(URI.create(url)).date(CAPTURED)
                        .body(new HttpRequest.Builder("GET", "/2026/03/02/story-" + i).build()).build());
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page(i).getBytes(StandardCharsets.UTF_8))
                        .build();
                w.write(new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build());
                if (i % 5 == 4) {
                    w.write(new WarcMetadata.Builder().targetURI(URI.create(url)).date(CAPTURED)
                            .body(MediaType.parse("application/warc-fields"),
                                    ("fetchTimeMs: " + (100 + i) + "\r\n").getBytes(StandardCharsets.US_ASCII))
                            .build());
                }
                if (i % 7 == 3) {
                    HttpResponse png = new HttpResponse.Builder(200, "OK")
                            .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                            .build();
                    w.write(new WarcResponse.Builder(URI.create(url + ".png")).date(CAPTURED).body(png).build());
                }
            }
        }
        return file;
    }

    /** Pages of different lengths, so that records fall across split ends at many different places. */
    private static String page(int i) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 3 + i % 9; p++) {
            body.append("<p>").append(SENTENCES[(i + p) % SENTENCES.length]).append(' ')
                    .append(SENTENCES[(i * 3 + p) % SENTENCES.length]).append("</p>");
        }
        return "<!doctype html><html lang=\"en\"><head><title>Story " + i + " | Harbour Times</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>Story number " + i + "</h1>" + body
                + "</article></body></html>";
    }

    /** What the standard reader reports reading the whole file, in order. */
    static List<RecordStream.Item> readWhole(Path file) {
        List<RecordStream.Item> items = new ArrayList<>();
        InputReader.standard().read(InputFile.of(file), into(items));
        return items;
    }

    static List<RecordStream.Item> readSplits(Path file, long splitSize) throws IOException {
        List<RecordStream.Item> items = new ArrayList<>();
        WarcSplitReader reader = new WarcSplitReader(ReadLimits.DEFAULT);
        for (WarcSplit split : WarcSplit.cut(Files.size(file), splitSize)) {
            reader.read(file.toString(), RangeOpener.of(file), split, into(items));
        }
        return items;
    }

    static RecordSink into(List<RecordStream.Item> items) {
        return new RecordSink() {
            @Override
            public void accept(org.warta.model.RawDocument document) {
                items.add(RecordStream.Item.document(document));
            }

            @Override
            public void fail(Failure failure) {
                items.add(RecordStream.Item.failure(failure));
            }

            @Override
            public void skip(Failure skipped) {
                items.add(RecordStream.Item.skip(skipped));
            }
        };
    }

    private static long count(List<RecordStream.Item> items, RecordStream.Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "none"})
    void theSplitsOfAFileHoldExactlyItsRecordsInOrder(String compression) throws IOException {
        WarcCompression c = compression.equals("gzip") ? WarcCompression.GZIP : WarcCompression.NONE;
        Path file = writeArchive(dir.resolve(c == WarcCompression.GZIP ? "news.warc.gz" : "news.warc"), c);
        List<RecordStream.Item> whole = readWhole(file);
        assertEquals(50, count(whole, RecordStream.Kind.DOCUMENT), whole.toString());
        assertEquals(0, count(whole, RecordStream.Kind.FAILURE), whole.toString());
        assertEquals(1 + 50 + 10 + 7, count(whole, RecordStream.Kind.SKIP), "warcinfo, requests, metadata, images");
        long size = Files.size(file);
        for (long splitSize : new long[] {97, 1000, 4096, size / 3, size - 1, size, 128L << 20}) {
            assertEquals(whole, readSplits(file, splitSize), "splits of " + splitSize + " bytes");
        }
    }

    @Test
    void aWarcGzCompressedAsOneMemberIsReadWholeByItsFirstSplit() throws IOException {
        Path plain = writeArchive(dir.resolve("news.warc"), WarcCompression.NONE);
        Path file = dir.resolve("one-member.warc.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            Files.copy(plain, out);
        }
        List<RecordStream.Item> whole = readWhole(file);
        assertEquals(50, count(whole, RecordStream.Kind.DOCUMENT));
        for (long splitSize : new long[] {1000, Files.size(file) / 2}) {
            assertEquals(whole, readSplits(file, splitSize), "splits of " + splitSize + " bytes");
        }
    }

    @Test
    void aSplitInsideOneRecordIsEmptyAndTheRecordBelongsToTheSplitItStartsIn() throws IOException {
        Path file = writeArchive(dir.resolve("news.warc.gz"), WarcCompression.GZIP);
        List<RecordStream.Item> whole = readWhole(file);
        String third = whole.get(2).failure() == null ? whole.get(2).document().source().record()
                : whole.get(2).failure().source().record();
        long start = Long.parseLong(third.substring("offset ".length()));
        WarcSplitReader reader = new WarcSplitReader(ReadLimits.DEFAULT);
        List<RecordStream.Item> inside = new ArrayList<>();
        reader.read(file.toString(), RangeOpener.of(file), new WarcSplit(start + 1, start + 20), into(inside));
        assertTrue(inside.isEmpty(), inside.toString());
        List<RecordStream.Item> one = new ArrayList<>();
        reader.read(file.toString(), RangeOpener.of(file), new WarcSplit(start, start + 1), into(one));
        assertEquals(List.of(whole.get(2)), one, "only the record that starts in the split, read to its end");
    }

    @Test
    void aDamagedMemberIsReportedWhereTheWholeFileReportsItAndLaterSplitsReadOn() throws IOException {
        Path file = writeArchive(dir.resolve("news.warc.gz"), WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(file);
        List<RecordStream.Item> clean = readWhole(file);
        // Garble the compressed body of a page record in the middle of the archive.
        RecordStream.Item middle = clean.stream().filter(i -> i.kind() == RecordStream.Kind.DOCUMENT)
                .skip(25).findFirst().orElseThrow();
        long at = Long.parseLong(middle.document().source().record().substring("offset ".length()));
        for (int i = 60; i < 120; i++) {
            bytes[(int) at + i] ^= 0x5a;
        }
        Path damaged = dir.resolve("damaged.warc.gz");
        Files.write(damaged, bytes);

        List<RecordStream.Item> whole = readWhole(damaged);
        RecordStream.Item last = whole.get(whole.size() - 1);
        assertEquals("damaged", last.failure().reason(), last.toString());
        assertEquals(1, count(whole, RecordStream.Kind.FAILURE));
        for (long splitSize : new long[] {1000, 8192, bytes.length / 2, bytes.length}) {
            List<RecordStream.Item> splits = readSplits(damaged, splitSize);
            assertEquals(whole, splits.subList(0, whole.size()), "the whole file's records and damage come first");
            assertEquals(1, count(splits, RecordStream.Kind.FAILURE), "the damage is reported once");
            List<RecordStream.Item> after = splits.subList(whole.size(), splits.size());
            if (splitSize < bytes.length / 2) {
                assertFalse(after.isEmpty(), "the splits after the damaged one read on");
            }
            assertEquals(records(clean.subList(clean.size() - after.size(), clean.size())), records(after),
                    "what later splits read is the end of the undamaged archive");
        }
    }

    /** Each item's kind, record offset and URL, which do not depend on the file's name. */
    private static List<String> records(List<RecordStream.Item> items) {
        return items.stream().map(i -> {
            org.warta.model.Source s = i.document() != null ? i.document().source() : i.failure().source();
            return i.kind() + " " + s.record() + " " + s.url();
        }).toList();
    }

    @Test
    void cutCoversTheFileWithConsecutiveSplits() {
        assertEquals(List.of(new WarcSplit(0, 100), new WarcSplit(100, 200), new WarcSplit(200, 250)),
                WarcSplit.cut(250, 100));
        assertEquals(List.of(new WarcSplit(0, 0)), WarcSplit.cut(0, 100), "an empty file is still read once");
        assertEquals(8, WarcSplit.cut(1L << 30, 128L << 20).size());
    }

    @Test
    void anEmptyFileIsReportedAsEmptyByItsOnlySplit() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.warc"));
        List<RecordStream.Item> items = new ArrayList<>();
        new WarcSplitReader(ReadLimits.DEFAULT).read(empty.toString(), RangeOpener.of(empty), new WarcSplit(0, 0),
                into(items));
        assertEquals(1, items.size(), items.toString());
        assertEquals("empty", items.get(0).failure().reason());
    }
}
