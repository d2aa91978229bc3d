package org.warta.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Opens a file's content at a byte offset, so that a part of a large file is read without reading what comes
 * before it. On a distributed file system this is a seek on an open stream, for instance
 * {@code offset -> { var in = fs.open(path); in.seek(offset); return in; }} with Hadoop's {@code FSDataInputStream}.
 * Each call opens a new stream, which the caller closes.
 */
@FunctionalInterface
public interface RangeOpener {
    /** A stream over the content from byte {@code offset} to the end. */
    InputStream open(long offset) throws IOException;

    /** A local file. */
    static RangeOpener of(Path file) {
        return offset -> {
            FileChannel channel = FileChannel.open(file);
            try {
                channel.position(offset);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return Channels.newInputStream(channel);
        };
    }
}
