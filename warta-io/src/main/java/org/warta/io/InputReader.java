package org.warta.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.warta.model.Source;

/**
 * Reads the inputs named on a command line: files, directories (walked recursively, in name order) and "-" for
 * standard input. Each file's format is sniffed from its content and handed to the reader for that format. Nothing
 * is silently dropped: unreadable files and unsupported formats are reported to the sink as failures.
 */
public final class InputReader {
    private final Map<String, FormatReader> readers = new HashMap<>();
    private final ReadLimits limits;
    private final InputStream stdin;

    public InputReader(ReadLimits limits, InputStream stdin) {
        this.limits = limits;
        this.stdin = stdin;
        register(new PlainTextReader(limits));
        register(new JsonLinesReader(limits));
        register(new HtmlReader(limits));
        register(new WarcFileReader(limits));
        register(new FeedReader(limits));
    }

    public static InputReader standard() {
        return new InputReader(ReadLimits.DEFAULT, System.in);
    }

    public InputReader register(FormatReader reader) {
        readers.put(reader.format(), reader);
        return this;
    }

    public void read(List<String> names, RecordSink sink) {
        for (String name : names) {
            if ("-".equals(name)) {
                readStdin(sink);
            } else {
                readPath(Path.of(name), name, sink);
            }
        }
    }

    private void readStdin(RecordSink sink) {
        byte[] bytes;
        try {
            bytes = stdin.readNBytes((int) limits.maxStdinBytes());
        } catch (IOException e) {
            sink.fail(new Failure(new Source(null, null, "stdin", null), "unreadable", "cannot read standard input: " + e.getMessage()));
            return;
        }
        readFile(InputFile.ofBytes("-", bytes), sink);
    }

    private void readPath(Path path, String name, RecordSink sink) {
        if (!Files.exists(path)) {
            sink.fail(new Failure(Source.ofText(name), "not-found", "no such file or directory"));
            return;
        }
        if (!Files.isDirectory(path)) {
            readFile(new InputFile(name, path, null), sink);
            return;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(p -> !Files.isDirectory(p)).filter(p -> !isHidden(p)).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            sink.fail(new Failure(Source.ofText(name), "unreadable", "cannot walk directory: " + e.getMessage()));
        }
        for (Path file : files) {
            if (isDocumentation(file)) {
                sink.skip(new Failure(Source.ofText(file.toString()), "documentation",
                        "a README, LICENSE or Markdown file inside a directory is not an article"));
            } else {
                readFile(InputFile.of(file), sink);
            }
        }
    }

    /** Files that describe a folder of articles rather than being one; named on their own they are still read. */
    static boolean isDocumentation(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.startsWith("readme") || name.startsWith("license") || name.startsWith("licence")
                || name.startsWith("notice") || name.endsWith(".md");
    }

    private static boolean isHidden(Path p) {
        Path file = p.getFileName();
        return file != null && file.toString().startsWith(".");
    }

    void readFile(InputFile input, RecordSink sink) {
        Source where = new Source(input.path() == null ? null : input.name(), null, null, null);
        if (input.path() != null && !Files.isReadable(input.path())) {
            sink.fail(new Failure(where, "unreadable", "permission denied"));
            return;
        }
        try {
            String format = FormatSniffer.sniff(input);
            FormatReader reader = readers.get(format);
            if (reader == null) {
                sink.fail(new Failure(where, "unsupported-format", "looks like " + format + ", which this build cannot read"));
                return;
            }
            reader.read(input, sink);
        } catch (IOException | UncheckedIOException e) {
            sink.fail(new Failure(where, "unreadable", String.valueOf(e.getMessage())));
        }
    }
}
