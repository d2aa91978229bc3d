package org.warta.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input to read: a file, or standard input already taken into memory (it cannot be opened twice).
 *
 * @param name  the path as given, or "-" for standard input
 * @param path  the file, or null for standard input
 * @param bytes the content of standard input, or null for a file
 */
public record InputFile(String name, Path path, byte[] bytes) {
    public static InputFile of(Path path) {
        return new InputFile(path.toString(), path, null);
    }

    public static InputFile ofBytes(String name, byte[] bytes) {
        return new InputFile(name, null, bytes);
    }

    public InputStream open() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(path);
    }

    public long size() throws IOException {
        return bytes != null ? bytes.length : Files.size(path);
    }

    /** The first bytes, for sniffing the format. */
    public byte[] head(int n) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(n);
        }
    }

    public String lowerName() {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
