package org.warta.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reading helpers shared by the readers: transparent gzip, and reads that stop at a limit or at damage. */
final class Streams {
    private Streams() {
    }

    /** Whether bytes start with the gzip magic number. */
    static boolean gzipMagic(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /** The stream, gunzipped when it starts with the gzip magic bytes. */
    static InputStream maybeGunzip(InputStream raw) throws IOException {
        BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        byte[] head = in.readNBytes(2);
        in.reset();
        if (gzipMagic(head)) {
            try {
                return new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                // GZIPInputStream reads the header at once; its exceptions often carry no message at all
                throw new IOException("starts as gzip but its gzip header is damaged ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
            }
        }
        return in;
    }

    /**
     * What could be read.
     *
     * @param bytes     the bytes, at most limit + 1 of them (more than limit means the input is too large)
     * @param damage    null, or what stopped the read early (a truncated or corrupt gzip stream)
     */
    record Read(byte[] bytes, String damage) {
    }

    /** Reads up to {@code limit + 1} bytes, keeping what came before a truncated or corrupt compressed stream. */
    static Read readUpTo(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long left = limit == Long.MAX_VALUE ? limit : limit + 1;
        try {
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                out.write(buffer, 0, n);
                left -= n;
            }
        } catch (EOFException | ZipException e) {
            return new Read(out.toByteArray(), "the compressed stream is damaged after " + out.size() + " bytes: " + e.getMessage());
        }
        return new Read(out.toByteArray(), null);
    }
}
