package org.warta.pipeline;

import java.time.Duration;
import org.warta.model.RawDocument;

/**
 * How much one record may take: how big it may be, and how long the pipeline may work on it. One bad record (a
 * whole book pasted as one article, a page of nested markup) must neither stall a run nor take a server's worker
 * for long: a record over the size is refused before any work, one over the time is stopped where it is. Both are
 * reported as the record's failure ({@link BudgetExceeded}), and the run goes on with the next record.
 *
 * <p>Real news articles hold well under 200 KB of text and take milliseconds, so the defaults are generous.
 *
 * @param maxRecordBytes the most text one record may hold, in UTF-8 bytes (markup may be {@link #MARKUP_FACTOR}
 *                       times as long); {@link Long#MAX_VALUE} for no limit
 * @param maxRecordTime  the most time the pipeline may spend on one record; {@link Duration#ZERO} for no limit
 */
public record Budget(long maxRecordBytes, Duration maxRecordTime) {
    /** 4 MiB of text: twenty times a long article. */
    public static final long DEFAULT_MAX_RECORD_BYTES = 4L * 1024 * 1024;
    /** 10 seconds: a thousand times what an article takes. */
    public static final Duration DEFAULT_MAX_RECORD_TIME = Duration.ofSeconds(10);
    /**
     * A web page's markup runs many times longer than the text it carries (inline scripts and data, images as data
     * URIs): a 20 MB page may hold an ordinary article. 64 MiB of markup by default.
     */
    public static final int MARKUP_FACTOR = 16;
    public static final Budget DEFAULT = new Budget(DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_RECORD_TIME);
    public static final Budget UNLIMITED = new Budget(Long.MAX_VALUE, Duration.ZERO);

    public Budget {
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive, not " + maxRecordBytes);
        }
        if (maxRecordTime == null || maxRecordTime.isNegative()) {
            throw new IllegalArgumentException("the time limit must be zero (none) or positive, not " + maxRecordTime);
        }
    }

    public Budget withMaxRecordBytes(long bytes) {
        return new Budget(bytes, maxRecordTime);
    }

    public Budget withMaxRecordTime(Duration time) {
        return new Budget(maxRecordBytes, time);
    }

    public boolean limitsTime() {
        return !maxRecordTime.isZero();
    }

    /** The most markup one record may hold: a web page, whose text is a fraction of it. */
    public long maxMarkupBytes() {
        return maxRecordBytes > Long.MAX_VALUE / MARKUP_FACTOR ? Long.MAX_VALUE : maxRecordBytes * MARKUP_FACTOR;
    }

    /** The limit for content of a media type: markup may be longer than text. */
    public long maxBytes(String mediaType) {
        return RawDocument.HTML.equals(mediaType) ? maxMarkupBytes() : maxRecordBytes;
    }

    /** Refuses a document larger than its limit, before any work is done on it. */
    public void checkSize(RawDocument raw) {
        long limit = maxBytes(raw.mediaType());
        String content = raw.content();
        // a char is one to three UTF-8 bytes (a surrogate pair four for two): count them only when in doubt
        if ((long) content.length() * 3 > limit) {
            long bytes = utf8Length(content);
            if (bytes > limit) {
                throw BudgetExceeded.tooLarge(describeSize(bytes, limit));
            }
        }
    }

    /** The deadline for a record whose processing starts now. */
    public Deadline startNow() {
        return limitsTime() ? Deadline.after(maxRecordTime) : Deadline.NONE;
    }

    /** "20971520 bytes is more than the 4194304-byte limit for one article". */
    public static String describeSize(long bytes, long limit) {
        return bytes + " bytes is more than the " + limit + "-byte limit for one article";
    }

    static long utf8Length(CharSequence s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
