package org.warta.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * The lines of a byte stream, split at {@code \n}, {@code \r\n} or a lone {@code \r} (bytes that never occur
 * inside a UTF-8 sequence, nor unescaped inside a JSON string). A line longer than the limit is read through but not
 * kept, so one enormous line costs time in proportion to its length and no memory.
 */
final class ByteLines {
    private final InputStream in;
    private final long limit;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;
    private long number;
    private boolean eof;
    /** The last line ended with {@code \r}: a {@code \n} right after it belongs to that line break. */
    private boolean afterReturn;
    private String damage;

    /**
     * One line.
     *
     * @param number its number, from 1
     * @param bytes  its content, or null when it was longer than the limit
     * @param length its length in bytes
     */
    record Line(long number, byte[] bytes, long length) {
    }

    ByteLines(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end && !fill()) {
                break;
            }
            if (afterReturn) {
                afterReturn = false;
                if (buffer[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            if (length + (stop - pos) <= limit) {
                line.write(buffer, pos, stop - pos);
            }
            length += stop - pos;
            pos = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                afterReturn = buffer[newline] == '\r';
                return line(length, line);
            }
        }
        return any ? line(length, line) : null;
    }

    /** What cut the stream short (a truncated gzip file), or null. */
    String damage() {
        return damage;
    }

    private Line line(long length, ByteArrayOutputStream content) {
        number++;
        if (length > limit) {
            return new Line(number, null, length);
        }
        return new Line(number, content.toByteArray(), length);
    }

    private int indexOfNewline() {
        for (int i = pos; i < end; i++) {
            if (buffer[i] == '\n' || buffer[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                eof = true;
                return false;
            }
            pos = 0;
            end = n;
            return true;
        } catch (EOFException | ZipException e) {
            eof = true;
            damage = "the compressed stream is damaged after line " + number + ": " + e.getMessage();
            return false;
        }
    }
}
