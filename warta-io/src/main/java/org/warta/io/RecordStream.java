package org.warta.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.warta.model.RawDocument;

/**
 * The records of one input, pulled one at a time with bounded memory, where the readers push them to a
 * {@link RecordSink}. A producer thread runs the reader and hands its records over through a small queue; it never
 * runs more than {@value #CAPACITY} records ahead of the consumer. Usage (for instance inside a Spark
 * {@code mapPartitions}, returning a lazy iterator and closing the stream when the task ends):
 * <pre>{@code
 * try (RecordStream records = RecordStream.of(InputReader.standard(), InputFile.of(path))) {
 *     while (records.hasNext()) {
 *         RecordStream.Item item = records.next();
 *         switch (item.kind()) { case DOCUMENT -> ...; case FAILURE -> ...; case SKIP -> ...; }
 *     }
 * }
 * }</pre>
 * An exception that escapes the reader is rethrown by {@link #hasNext()} once the records before it have been
 * taken. {@link #close()} may be called at any time, also before the end: it stops the producer (its next report
 * to the sink throws, unwinding the reader, which closes its input) and waits for the thread to end.
 */
public final class RecordStream implements Iterator<RecordStream.Item>, AutoCloseable {
    static final int CAPACITY = 16;
    private static final long JOIN_MILLIS = 30_000;
    private static final Item END = new Item(null, null, null);

    /** What a reader reported: a document, or a failure, or a record passed over. */
    public enum Kind { DOCUMENT, FAILURE, SKIP }

    /** One report, in the order the reader made it; {@code document} or {@code failure} is set, per its kind. */
    public record Item(Kind kind, RawDocument document, Failure failure) {
        public static Item document(RawDocument document) {
            return new Item(Kind.DOCUMENT, document, null);
        }

        public static Item failure(Failure failure) {
            return new Item(Kind.FAILURE, null, failure);
        }

        public static Item skip(Failure skipped) {
            return new Item(Kind.SKIP, null, skipped);
        }
    }

    /** A reader that pushes the records of one input to a sink. */
    @FunctionalInterface
    public interface Producer {
        void read(RecordSink sink) throws IOException;
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private volatile boolean closed;
    private volatile Throwable error;
    private Item next;
    private boolean ended;

    private RecordStream(Producer producer, String name) {
        thread = new Thread(() -> produce(producer), "records " + name);
        thread.setDaemon(true);
    }

    /** Starts reading {@code producer}'s records; close the stream when done with it. */
    public static RecordStream of(Producer producer, String name) {
        RecordStream stream = new RecordStream(producer, name);
        stream.thread.start();
        return stream;
    }

    /** The records of one input of any format, as {@link InputReader#read(InputFile, RecordSink)} reports them. */
    public static RecordStream of(InputReader reader, InputFile input) {
        return of(sink -> reader.read(input, sink), input.name());
    }

    /** The records of one split of a WARC file, as {@link WarcSplitReader#read} reports them. */
    public static RecordStream of(WarcSplitReader reader, String path, RangeOpener opener, WarcSplit split) {
        return of(sink -> reader.read(path, opener, split, sink), path + " [" + split.start() + ", " + split.end() + ")");
    }

    private void produce(Producer producer) {
        try {
            producer.read(queueSink());
        } catch (Stopped e) {
            return;
        } catch (Throwable t) {
            error = t;
        }
        try {
            put(END);
        } catch (Stopped e) {
            // Closed: nobody waits for the end.
        }
    }

    /** Hands an item to the consumer, waiting while the queue is full; throws {@link Stopped} once closed. */
    private void put(Item item) {
        try {
            while (!closed) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Stopped();
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            if (closed) {
                throw new IllegalStateException("the record stream is closed");
            }
            try {
                Item item = queue.take();
                if (item == END) {
                    ended = true;
                } else {
                    next = item;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for the next record", e);
            }
        }
        if (next == null && error != null) {
            Throwable t = error;
            error = null;
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw t instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(t);
        }
        return next != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
    }

    /** Stops the producer and waits for its thread to end; records not yet taken are dropped. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        if (Thread.currentThread() != thread) {
            thread.interrupt();
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the producer thread is still running (it is not, after {@link #close()} or the last record). */
    boolean producing() {
        return thread.isAlive();
    }

    /** Unwinds a reader whose consumer has closed the stream. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the record stream was closed", null, false, false);
        }
    }

    /** A sink that hands every report on as an {@link Item}, in order: for a reader whose records are all wanted at once. */
    public static RecordSink collector(Consumer<Item> items) {
        return new RecordSink() {
            @Override
            public void accept(RawDocument document) {
                items.accept(Item.document(document));
            }

            @Override
            public void fail(Failure failure) {
                items.accept(Item.failure(failure));
            }

            @Override
            public void skip(Failure skipped) {
                items.accept(Item.skip(skipped));
            }
        };
    }

    /** Hands the reader's reports to the consumer through the queue. */
    private RecordSink queueSink() {
        return collector(this::put);
    }
}
