package org.warta.lang;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a regular expression over inputs built to provoke catastrophic backtracking: long runs of one character,
 * alternating separators, nested brackets and runs of the pattern's own words, each ending in a character that
 * makes a match fail late. Every match runs on a worker thread over text that stops the matcher once its processor
 * time is up, so a pattern that backtracks exponentially or polynomially is reported with the input's shape instead
 * of hanging the build.
 */
final class BacktrackingGuard implements AutoCloseable {
    /**
     * One match attempt runs over this much: a backtracking blow-up shows in one attempt, and a linear pattern
     * finishes it in milliseconds.
     */
    static final int INPUT_CHARS = 20_000;
    /**
     * A scan for every match runs over this much. Java tries a pattern from every position, so a pattern that
     * opens with a repeated class ({@code \d+\s+comments}) scans a run of its class quadratically; that is
     * how a regex engine works, and on a short text it costs little. A scan that blows up here does worse.
     */
    static final int SCAN_CHARS = 1_000;
    /** What ends every input: a character no pattern expects, so that matching fails late. */
    private static final String END = "\u0000!";
    private static final String[] RUNS = {"a", "A", "1", " ", ".", "-", ",", "\u00A0", "\t", "\n", "/", ":", "'", "_",
        "я", "ж", "日", "é", "ş", "ب", "("};
    private static final String[] ALTERNATIONS = {"a.", "a ", "a-", "a, ", "1-", "1.", "1/", "1 ", "1:", ", ", "aa ",
        "a\n", "A. ", "1, ", "a1", "a.1 ", "Aa "};
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** Escapes and property names in a pattern's source are not its words. */
    private static final Pattern NOT_WORDS = Pattern.compile("\\\\[pPN]\\{[^}]*}|\\\\[a-zA-Z]|\\(\\?<[a-zA-Z0-9]+>|\\{[a-z]+}");

    private final long limitNanos;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "backtracking-guard");
        t.setDaemon(true);
        return t;
    });

    BacktrackingGuard(long limitMillis) {
        this.limitNanos = TimeUnit.MILLISECONDS.toNanos(limitMillis);
    }

    /** A pattern that did not finish on an input in time. */
    record Finding(String origin, String pattern, String input, String failure, long millis) {
        @Override
        public String toString() {
            return origin + ": /" + pattern + "/ " + failure + " after " + millis + " ms on " + input;
        }
    }

    /** The first input the pattern does not finish in time, or empty when it finishes on all of them. */
    Optional<Finding> check(String origin, Pattern pattern) {
        for (Map.Entry<String, String> input : inputs(pattern).entrySet()) {
            String text = input.getValue();
            String scanned = text.substring(0, SCAN_CHARS) + END;
            Optional<Finding> finding = run(origin, pattern, input.getKey(), "one match attempt", text, m -> {
                m.lookingAt();
                m.reset();
                m.matches();
            }).or(() -> run(origin, pattern, input.getKey() + ", its first " + SCAN_CHARS + " chars",
                    "a scan for every match", scanned, m -> {
                        while (m.find() && m.end() < scanned.length()) {
                            // each match in turn, as a rule applied to a whole block finds them
                        }
                    }));
            if (finding.isPresent()) {
                return finding;
            }
        }
        return Optional.empty();
    }

    /** The adversarial inputs for one pattern, by a description of their shape. */
    static Map<String, String> inputs(Pattern pattern) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String run : RUNS) {
            add(inputs, "a run of " + visible(run), run);
        }
        for (String alternation : ALTERNATIONS) {
            add(inputs, "repeated " + visible(alternation), alternation);
        }
        for (String open : List.of("(", "[", "<", "{")) {
            String close = Map.of("(", ")", "[", "]", "<", ">", "{", "}").get(open);
            int depth = INPUT_CHARS / 2;
            inputs.put("brackets nested " + depth + " deep", open.repeat(depth) + "x" + close.repeat(depth - 1) + END);
        }
        for (String word : ownWords(pattern)) {
            add(inputs, "repeated '" + word + " '", word + " ");
            add(inputs, "repeated '" + word + "'", word);
            add(inputs, "repeated '" + word + ". '", word + ". ");
            add(inputs, "repeated '1 " + word + " '", "1 " + word + " ");
        }
        return inputs;
    }

    /** The unit repeated to the input size, then the end that makes matching fail late. */
    private static void add(Map<String, String> inputs, String shape, String unit) {
        String body = unit.repeat(INPUT_CHARS / unit.length());
        inputs.put(shape + " (" + body.length() + " chars)", body + END);
    }

    /** Words the pattern itself spells out: runs of them are what its own repetitions may be fooled by. */
    static Set<String> ownWords(Pattern pattern) {
        String source = NOT_WORDS.matcher(pattern.pattern()).replaceAll(" ");
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(source);
        while (m.find() && words.size() < 6) {
            words.add(m.group());
        }
        return words;
    }

    private static String visible(String s) {
        return "'" + s.replace("\n", "\\n").replace("\t", "\\t").replace("\u00A0", "\\u00A0") + "'";
    }

    /** Empty when the work finishes on the text in time; else what went wrong. */
    private Optional<Finding> run(String origin, Pattern pattern, String shape, String work, String text,
                                  Consumer<Matcher> matching) {
        long t0 = System.nanoTime();
        Future<?> run = worker.submit(() -> matching.accept(pattern.matcher(DeadlineText.withBudget(text, limitNanos))));
        String failure = null;
        try {
            run.get(limitNanos * 20 + TimeUnit.SECONDS.toNanos(30), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DeadlineText.TimeUp) {
                failure = work + " still running";
            } else if (e.getCause() instanceof StackOverflowError) {
                failure = work + " overflowed the stack";
            } else {
                throw new IllegalStateException("matching /" + pattern + "/ failed", e.getCause());
            }
        } catch (TimeoutException e) {
            run.cancel(true);
            failure = work + " still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        return failure == null ? Optional.empty() : Optional.of(new Finding(origin, pattern.pattern(), shape, failure, millis));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /**
     * Text that throws from {@code charAt} once the thread reading it has used up its processor time: the one way to
     * stop a running matcher. Processor time, not wall time, so that a busy machine does not fail a linear pattern.
     */
    static final class DeadlineText implements CharSequence {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        static final class TimeUp extends RuntimeException {
            TimeUp() {
                super("time is up", null, false, false);
            }
        }

        private final CharSequence text;
        private final long deadline;
        private int reads;

        private DeadlineText(CharSequence text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        /** Text the current thread may read for {@code budgetNanos} of its processor time from now. */
        static DeadlineText withBudget(CharSequence text, long budgetNanos) {
            return new DeadlineText(text, THREADS.getCurrentThreadCpuTime() + budgetNanos);
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0x3FF) == 0 && THREADS.getCurrentThreadCpuTime() > deadline) {
                throw new TimeUp();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new DeadlineText(text.subSequence(start, end), deadline);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
