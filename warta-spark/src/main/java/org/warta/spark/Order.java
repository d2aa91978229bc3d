package org.warta.spark;

import java.io.Serializable;

/**
 * A record's place in the input: the unit of input it was read from (a file, in listing order) and its place in
 * that unit. Sorting by it gives the order {@code warta process} reads and writes records in.
 */
record Order(int unit, long position) implements Serializable, Comparable<Order> {
    @Override
    public int compareTo(Order other) {
        int byUnit = Integer.compare(unit, other.unit);
        return byUnit != 0 ? byUnit : Long.compare(position, other.position);
    }
}
