package org.warta.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Predicate;

/** Lazy iterators: a step of the job takes one record at a time, so a partition never sits in memory whole. */
final class Iterators {
    private Iterators() {
    }

    /** Each element of {@code in} through {@code f}, dropping those it maps to null. */
    static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
        return new Iterator<>() {
            private B next;

            @Override
            public boolean hasNext() {
                while (next == null && in.hasNext()) {
                    next = f.apply(in.next());
                }
                return next != null;
            }

            @Override
            public B next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                B out = next;
                next = null;
                return out;
            }
        };
    }

    /** An iterator whose head can be looked at before it is taken. */
    static final class Peeking<T> {
        private final Iterator<T> in;
        private T head;

        Peeking(Iterator<T> in) {
            this.in = in;
        }

        /** Takes the head when it satisfies {@code test}; null when it does not or there is none. */
        T takeIf(Predicate<T> test) {
            if (head == null && in.hasNext()) {
                head = in.next();
            }
            if (head == null || !test.test(head)) {
                return null;
            }
            T out = head;
            head = null;
            return out;
        }
    }
}
