package org.warta.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One input to read, opened once: a file, a pipe or FIFO named on the command line ({@code <(...)} in a shell),
 * or standard input. Its first bytes are looked at without being consumed, so a stream that can be read only once
 * is sniffed and then read whole by the reader for its format; nothing opens it a second time.
 */
public final class InputFile implements Closeable {
    private final String name;
    private final Path path;
    private final Opener opener;
    /** Whether its records are reported by its name (a file), or by none (standard input, bytes in memory). */
    private final boolean named;
    private BufferedInputStream stream;
    private boolean handedOut;

    /** How the content is opened, once: a file, a stream from a distributed file system. */
    public interface Opener {
        InputStream open() throws IOException;
    }

    private InputFile(String name, Path path, Opener opener) {
        this(name, path, opener, path != null);
    }

    private InputFile(String name, Path path, Opener opener, boolean named) {
        this.name = name;
        this.path = path;
        this.opener = opener;
        this.named = named;
    }

    /** A file, pipe or FIFO; it is opened when first looked at. */
    public static InputFile of(Path path) {
        return of(path.toString(), path);
    }

    /** A file, pipe or FIFO, reported under the name it was given by. */
    public static InputFile of(String name, Path path) {
        // FileInputStream, not Files.newInputStream: the channel stream asks a pipe for its position ("Illegal seek").
        return new InputFile(name, path, () -> new FileInputStream(path.toFile()));
    }

    /**
     * A file of another file system (HDFS, S3...) reported under {@code name}, opened by {@code opener} when first
     * looked at.
     */
    public static InputFile of(String name, Opener opener) {
        return new InputFile(name, null, opener, true);
    }

    /** Content already in memory. */
    public static InputFile ofBytes(String name, byte[] bytes) {
        return new InputFile(name, null, () -> new ByteArrayInputStream(bytes));
    }

    /** A stream read once, such as standard input; closing the input leaves the stream itself open. */
    public static InputFile ofStream(String name, InputStream in) {
        return new InputFile(name, null, () -> new FilterInputStream(in) {
            @Override
            public void close() {
                // Standard input belongs to the process, not to this reader.
            }
        });
    }

    /** The path as given, or "-" for standard input. */
    /** The path its records' sources name: its name for a file of any file system, null for a stream or bytes. */
    public String sourcePath() {
        return named ? name : null;
    }

    public String name() {
        return name;
    }

    /** The file, or null for standard input and content in memory. */
    public Path path() {
        return path;
    }

    public String lowerName() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The size of a regular file, known without reading it; -1 for pipes, FIFOs and streams. */
    public long knownSize() {
        try {
            return path != null && Files.isRegularFile(path) ? Files.size(path) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Up to {@code n} first bytes, for sniffing the format; they are still there for {@link #open()}. */
    public byte[] head(int n) throws IOException {
        BufferedInputStream in = stream(n);
        in.mark(n);
        byte[] head = in.readNBytes(n);
        in.reset();
        return head;
    }

    /** The whole content from its first byte. An input is read once: a second call is an error. */
    public InputStream open() throws IOException {
        if (handedOut) {
            throw new IllegalStateException(name + " is read once and has already been handed to a reader");
        }
        handedOut = true;
        return stream(FormatSniffer.HEAD_BYTES);
    }

    private BufferedInputStream stream(int lookAhead) throws IOException {
        if (stream == null) {
            stream = new BufferedInputStream(opener.open(), Math.max(lookAhead, 1 << 16));
        }
        return stream;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
    }
}
