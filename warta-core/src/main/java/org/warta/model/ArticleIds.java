package org.warta.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids. An id the input assigns is kept; otherwise the id is derived from the article's URL when it
 * has one (so a changed page replaces its earlier version), else from its content (so the same text always gets
 * the same id, wherever the file lies).
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    public static String of(RawDocument raw) {
        if (raw.hints().id() != null && !raw.hints().id().isBlank()) {
            return raw.hints().id().strip();
        }
        String url = raw.source().url();
        if (url != null && !url.isBlank()) {
            return "u" + digest("url\n" + url.strip());
        }
        return "t" + digest("text\n" + raw.content());
    }

    static String digest(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
