package org.warta.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters kept by the server, written in the Prometheus text exposition format (version 0.0.4): requests by route
 * and status, request latency as a histogram, ingested articles, and gauges for the index and the heap.
 */
final class Metrics {
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    final LongAdder ingested = new LongAdder();
    final LongAdder ingestFailed = new LongAdder();
    private final long started = System.currentTimeMillis();

    private static final class Histogram {
        final LongAdder[] counts = new LongAdder[BUCKETS.length];
        final LongAdder count = new LongAdder();
        final AtomicLong sumNanos = new AtomicLong();

        Histogram() {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new LongAdder();
            }
        }

        void observe(long nanos) {
            double seconds = nanos / 1e9;
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    counts[i].increment();
                }
            }
            count.increment();
            sumNanos.addAndGet(nanos);
        }
    }

    void request(String route, String method, int status, long nanos) {
        requests.computeIfAbsent(label("route", route) + "," + label("method", method) + "," + label("status",
                Integer.toString(status)), k -> new LongAdder()).increment();
        latency.computeIfAbsent(label("route", route), k -> new Histogram()).observe(nanos);
    }

    String render(long articles, long indexBytes) {
        StringBuilder b = new StringBuilder();
        b.append("# HELP warta_http_requests_total HTTP requests answered, by route, method and status.\n");
        b.append("# TYPE warta_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((k, v) -> b.append("warta_http_requests_total{").append(k).append("} ")
                .append(v.sum()).append('\n'));
        b.append("# HELP warta_http_request_duration_seconds Time to answer a request, by route.\n");
        b.append("# TYPE warta_http_request_duration_seconds histogram\n");
        new TreeMap<>(latency).forEach((k, h) -> {
            for (int i = 0; i < BUCKETS.length; i++) {
                b.append("warta_http_request_duration_seconds_bucket{").append(k).append(",le=\"")
                        .append(BUCKETS[i]).append("\"} ").append(h.counts[i].sum()).append('\n');
            }
            b.append("warta_http_request_duration_seconds_bucket{").append(k).append(",le=\"+Inf\"} ")
                    .append(h.count.sum()).append('\n');
            b.append("warta_http_request_duration_seconds_sum{").append(k).append("} ")
                    .append(h.sumNanos.get() / 1e9).append('\n');
            b.append("warta_http_request_duration_seconds_count{").append(k).append("} ")
                    .append(h.count.sum()).append('\n');
        });
        counter(b, "warta_ingested_articles_total", "Articles stored through the API.", ingested.sum());
        counter(b, "warta_ingest_failed_records_total", "Records posted to the API that could not be stored.",
                ingestFailed.sum());
        gauge(b, "warta_index_articles", "Articles in the index.", articles);
        gauge(b, "warta_index_size_bytes", "Size of the index on disk.", indexBytes);
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        gauge(b, "warta_jvm_heap_used_bytes", "Heap in use.", heap.getUsed());
        gauge(b, "warta_jvm_heap_max_bytes", "Largest heap the JVM may use.", heap.getMax());
        gauge(b, "warta_uptime_seconds", "Seconds since the server started.",
                (System.currentTimeMillis() - started) / 1000);
        return b.toString();
    }

    private static void counter(StringBuilder b, String name, String help, long value) {
        b.append("# HELP ").append(name).append(' ').append(help).append('\n');
        b.append("# TYPE ").append(name).append(" counter\n").append(name).append(' ').append(value).append('\n');
    }

    private static void gauge(StringBuilder b, String name, String help, long value) {
        b.append("# HELP ").append(name).append(' ').append(help).append('\n');
        b.append("# TYPE ").append(name).append(" gauge\n").append(name).append(' ').append(value).append('\n');
    }

    private static String label(String name, String value) {
        return name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
