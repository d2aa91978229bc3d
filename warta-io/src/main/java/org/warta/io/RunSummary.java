package org.warta.io;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** Accounts for every input record: processed, failed (with reason counts) or skipped (with reason counts). */
public final class RunSummary {
    private final AtomicLong processed = new AtomicLong();
    private final Map<String, Long> failed = new TreeMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();

    public void processed() {
        processed.incrementAndGet();
    }

    public synchronized void failed(String reason) {
        failed.merge(reason, 1L, Long::sum);
    }

    public synchronized void skipped(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    public long processedCount() {
        return processed.get();
    }

    public synchronized long failedCount() {
        return failed.values().stream().mapToLong(Long::longValue).sum();
    }

    public synchronized long skippedCount() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public synchronized Map<String, Long> failedByReason() {
        return Map.copyOf(failed);
    }

    public synchronized Map<String, Long> skippedByReason() {
        return Map.copyOf(skipped);
    }

    /** "processed 12, failed 2 (binary: 1, empty: 1), skipped 3 (not-html: 3)". */
    @Override
    public synchronized String toString() {
        StringBuilder b = new StringBuilder("processed ").append(processed.get());
        b.append(", failed ").append(failedCount());
        appendReasons(b, failed);
        if (!skipped.isEmpty()) {
            b.append(", skipped ").append(skippedCount());
            appendReasons(b, skipped);
        }
        return b.toString();
    }

    private static void appendReasons(StringBuilder b, Map<String, Long> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        b.append(" (");
        String sep = "";
        for (Map.Entry<String, Long> e : reasons.entrySet()) {
            b.append(sep).append(e.getKey()).append(": ").append(e.getValue());
            sep = ", ";
        }
        b.append(')');
    }
}
