package org.warta.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        readFile(InputFile.ofStream("-", stdin), sink);
    }

    private void readPath(Path path, String name, RecordSink sink) {
        if (!Files.exists(path)) {
            sink.fail(new Failure(Source.ofText(name), "not-found", Files.isSymbolicLink(path)
                    ? "a symbolic link to a file that does not exist" : "no such file or directory"));
            return;
        }
        if (!Files.isDirectory(path)) {
            // Named on its own, a FIFO or a pipe (a shell's <(...)) is read as a stream.
            readFile(InputFile.of(name, path), sink);
            return;
        }
        for (FolderWalk.Entry entry : FolderWalk.walk(path)) {
            if (entry.passedOver() != null) {
                sink.skip(entry.passedOver());
            } else if (entry.failure() != null) {
                sink.fail(entry.failure());
            } else if (isDocumentation(entry.file())) {
                sink.skip(new Failure(Source.ofText(entry.file().toString()), "documentation",
                        "a README, LICENSE or Markdown file inside a directory is not an article"));
            } else {
                readFile(InputFile.of(entry.file()), sink);
            }
        }
    }

    /** Files that describe a folder of articles rather than being one; named on their own they are still read. */
    public static boolean isDocumentation(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.startsWith("readme") || name.startsWith("license") || name.startsWith("licence")
                || name.startsWith("notice") || name.endsWith(".md");
    }

    /** Reads one input, of whatever format its content shows, as a file named on the command line is read. */
    public void read(InputFile input, RecordSink sink) {
        readFile(input, sink);
    }

    void readFile(InputFile input, RecordSink sink) {
        Source where = new Source(input.sourcePath(), null, null, null);
        if (input.path() != null && !Files.isReadable(input.path())) {
            sink.fail(new Failure(where, "unreadable", "permission denied"));
            return;
        }
        try (input) {
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
