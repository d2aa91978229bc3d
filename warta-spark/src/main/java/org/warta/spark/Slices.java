package org.warta.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.Partitioner;

/**
 * The input cut into slices of whole units (files, or parts of large web archives) in input order, one Spark
 * partition each: partition 0 holds the first units, the last partition the last ones, so the partitions in turn
 * hold the records in input order. Records moved elsewhere for a step of the job come back to their slice through
 * {@link #partitioner()}.
 */
final class Slices {
    private final List<List<Unit>> slices = new ArrayList<>();
    private final int[] sliceOfUnit;

    /** Cuts {@code units} into at most {@code wanted} slices of about equal counts. */
    Slices(List<Unit> units, int wanted) {
        int count = Math.max(1, Math.min(units.size(), wanted));
        sliceOfUnit = new int[units.size()];
        for (int s = 0; s < count; s++) {
            int from = (int) ((long) s * units.size() / count);
            int to = (int) ((long) (s + 1) * units.size() / count);
            slices.add(new ArrayList<>(units.subList(from, to)));
            for (int u = from; u < to; u++) {
                sliceOfUnit[u] = s;
            }
        }
    }

    List<List<Unit>> slices() {
        return slices;
    }

    int count() {
        return slices.size();
    }

    /** Sends a record (keyed by its {@link Order}) to the partition of its slice. */
    Partitioner partitioner() {
        return new BySlice(sliceOfUnit, slices.size());
    }

    private static final class BySlice extends Partitioner {
        private final int[] sliceOfUnit;
        private final int partitions;

        BySlice(int[] sliceOfUnit, int partitions) {
            this.sliceOfUnit = sliceOfUnit;
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return sliceOfUnit[((Order) key).unit()];
        }
    }
}
