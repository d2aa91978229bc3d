package org.warta.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes a large WARC.gz shaped like a CC-NEWS file (one gzip member per record; request, response and metadata
 * records per capture) from the real news pages under {@code extraction/} of the shared data, for measuring the
 * Spark job on a file of CC-NEWS size. Each capture of a page gets its own URL and date and drops a different
 * selection of the page's paragraphs, so that the copies are not identical texts.
 *
 * <pre>
 * java -cp "$(find ~/.m2 -name 'jwarc-*.jar' | head -1)" \
 *     warta-spark/src/test/java/org/warta/spark/LargeWarc.java /tmp/cc-news-like.warc.gz 1g [../shared]
 * </pre>
 * The output must not exist yet and must lie outside any git checkout (the pages are copyrighted news).
 * Exit codes: 0 written, 2 usage error.
 */
public final class LargeWarc {
    private static final Pattern PARAGRAPH = Pattern.compile("<p[\\s>].*?</p\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Instant FIRST_CAPTURE = Instant.parse("2026-01-01T00:00:00Z");

    private LargeWarc() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || args[0].equals("--help")) {
            System.err.println("usage: LargeWarc OUTPUT.warc.gz SIZE[k|m|g] [SHARED_DIR (default ../shared)]");
            System.exit(args.length == 1 && args[0].equals("--help") ? 0 : 2);
        }
        Path output = Path.of(args[0]).toAbsolutePath();
        long target = parseSize(args[1]);
        Path shared = Path.of(args.length == 3 ? args[2] : "../shared");
        String refusal = refusal(output);
        if (refusal != null) {
            System.err.println("LargeWarc: " + refusal);
            System.exit(2);
        }
        List<byte[]> pages = pages(shared.resolve("extraction"));
        if (pages.isEmpty()) {
            System.err.println("LargeWarc: no pages under " + shared.resolve("extraction"));
            System.exit(2);
        }
        long records = write(output, target, pages);
        System.err.printf(Locale.ROOT, "LargeWarc: wrote %s: %d bytes, %d captures of %d pages%n", output,
                Files.size(output), records, pages.size());
    }

    static long parseSize(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim();
        long unit = t.endsWith("g") ? 1L << 30 : t.endsWith("m") ? 1L << 20 : t.endsWith("k") ? 1L << 10 : 1;
        return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
    }

    /** Why the output may not be written there, or null. */
    private static String refusal(Path output) {
        if (Files.exists(output)) {
            return output + " exists; not overwriting it";
        }
        for (Path p = output.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return output + " lies inside the git checkout " + p + "; write it to a temporary folder";
            }
        }
        return null;
    }

    /** The news pages' bytes: the benchmark's html/*.html.gz and the readability pages' source.html. */
    private static List<byte[]> pages(Path extraction) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        for (Path file : files(extraction)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html.gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    pages.add(in.readAllBytes());
                }
            } else if (name.equals("source.html")) {
                pages.add(Files.readAllBytes(file));
            }
        }
        return pages;
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static long write(Path output, long target, List<byte[]> pages) throws IOException {
        long captures = 0;
        try (FileChannel channel = FileChannel.open(output, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                WarcWriter w = new WarcWriter(channel, WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().date(FIRST_CAPTURE)
                    .fields(Map.of("software", List.of("warta LargeWarc"), "format", List.of("WARC File Format 1.1")))
                    .build());
            long nextReport = 1L << 27;
            while (channel.position() < target) {
                byte[] page = pages.get((int) (captures % pages.size()));
                writeCapture(w, captures, vary(page, captures / pages.size()));
                captures++;
                if (channel.position() >= nextReport) {
                    System.err.printf(Locale.ROOT, "LargeWarc: %d MiB, %d captures%n", channel.position() >> 20, captures);
                    nextReport += 1L << 27;
                }
            }
        }
        return captures;
    }

    private static void writeCapture(WarcWriter w, long n, byte[] html) throws IOException {
        Instant date = FIRST_CAPTURE.plus(Duration.ofSeconds(n * 17));
        String path = "/" + date.toString().substring(0, 10).replace('-', '/') + "/story-" + n;
        URI url = URI.create("https://news" + (n % 97) + ".example" + path);
        w.write(new WarcRequest.Builder(url).date(date)
                .body(new HttpRequest.Builder("GET", path).addHeader("Host", url.getHost()).build()).build());
        // The page's bytes as they are, without a charset: the reader finds it in the page, as for a real crawl.
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), html).build();
        w.write(new WarcResponse.Builder(url).date(date).body(http).build());
        w.write(new WarcMetadata.Builder().targetURI(url).date(date)
                .body(MediaType.parse("application/warc-fields"),
                        ("fetchTimeMs: " + (40 + n % 900) + "\r\n").getBytes(StandardCharsets.US_ASCII))
                .build());
    }

    /**
     * The page with about a quarter of its paragraphs dropped, a different quarter for each round through the
     * pages; round 0 is the page as it is. Latin-1 maps bytes to chars one to one, so other bytes are unchanged.
     */
    static byte[] vary(byte[] page, long round) {
        if (round == 0) {
            return page;
        }
        String html = new String(page, StandardCharsets.ISO_8859_1);
        Matcher m = PARAGRAPH.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        int last = 0;
        for (int i = 0; m.find(); i++) {
            if (((round * 0x9E3779B97F4A7C15L + i) * 0xBF58476D1CE4E5B9L) >>> 62 == 0) {
                out.append(html, last, m.start());
                last = m.end();
            }
        }
        out.append(html, last, html.length());
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
