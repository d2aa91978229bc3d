package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrapper runs another main in a JVM of its own and writes that JVM's peak heap as it exits. */
class PeakHeapTest {
    /** Holds 64 MB at once, then ends through System.exit with status 3, as a run with failed records does. */
    public static final class Allocate {
        public static void main(String[] args) {
            byte[][] blocks = new byte[64][];
            for (int i = 0; i < blocks.length; i++) {
                blocks[i] = new byte[1 << 20];
            }
            System.out.println(args[0] + " " + blocks.length);
            System.exit(3);
        }
    }

    @TempDir
    Path dir;

    @Test
    void writesThePeakOfTheWrappedProgramWhenItExits() throws Exception {
        Path peak = dir.resolve("peak");
        Path out = dir.resolve("out");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-D" + PeakHeap.PEAK_FILE + "=" + peak, "-cp", System.getProperty("java.class.path"),
                PeakHeap.class.getName(), Allocate.class.getName(), "blocks");
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new ProcessBuilder(command).redirectOutput(out.toFile()).start().waitFor());
        assertEquals(3, exit, "the wrapped program's exit status");
        assertEquals("blocks 64", Files.readString(out, StandardCharsets.UTF_8).trim(), "its arguments and output");
        long bytes = Long.parseLong(Files.readString(peak, StandardCharsets.UTF_8));
        // the 64 blocks were all held at once; the pools' peaks add up to no more than each pool filled once
        assertTrue(bytes >= 64L << 20 && bytes < 1L << 30, "peak " + bytes);
    }
}
