package org.warta.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs another class's {@code main} and, when the JVM ends (also through {@code System.exit}), writes the heap's peak
 * to the file named by the system property {@code warta.bench.peak}: the sum of the heap pools' peak usage, in bytes,
 * as {@code warta bench} reports it. Pools peak at different moments, so the sum is an upper bound of the true peak.
 * Usage: {@code PeakHeap MAIN_CLASS ARGS...}.
 */
public final class PeakHeap {
    /** The system property that names the file the peak goes to. */
    public static final String PEAK_FILE = "warta.bench.peak";

    private PeakHeap() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        if (args.length == 0) {
            System.err.println("usage: PeakHeap MAIN_CLASS ARGS...");
            System.exit(2);
        }
        String file = System.getProperty(PEAK_FILE);
        if (file != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> write(Path.of(file)), "peak-heap"));
        }
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(args[0] + " failed", e.getCause());
        }
    }

    /** The sum of the heap pools' peak usage since the JVM started, in bytes. */
    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, Long.toString(peakHeapBytes()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("peak heap: cannot write " + file + ": " + e.getMessage());
        }
    }
}
