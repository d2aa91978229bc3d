package org.warta.cli;

import picocli.CommandLine.Option;

/** {@code --threads N} for commands that run the pipeline over many records. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
            description = "Pipeline threads (default: one per core); the output keeps the input order.")
    Integer threads;

    /** The thread count, or -1 after telling {@code command} on stderr that the value given is not usable. */
    int count(String command) {
        if (threads != null && threads < 1) {
            System.err.println(command + ": --threads must be at least 1");
            return -1;
        }
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
