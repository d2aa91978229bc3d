package org.warta.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.TaskContext;
import org.apache.spark.util.AccumulatorV2;

/**
 * Time spent in each stage on every executor, in nanoseconds, summed over the job's tasks. Each task adds its own
 * pipeline's timings when it completes; a task run twice (a retry, a speculative copy) counts twice.
 */
final class StageTimes extends AccumulatorV2<Map<String, Long>, Map<String, Long>> {
    private final TreeMap<String, Long> nanos = new TreeMap<>();

    @Override
    public boolean isZero() {
        return nanos.isEmpty();
    }

    @Override
    public StageTimes copy() {
        StageTimes copy = new StageTimes();
        synchronized (this) {
            copy.nanos.putAll(nanos);
        }
        return copy;
    }

    @Override
    public synchronized void reset() {
        nanos.clear();
    }

    @Override
    public synchronized void add(Map<String, Long> more) {
        more.forEach((stage, n) -> nanos.merge(stage, n, Long::sum));
    }

    @Override
    public void merge(AccumulatorV2<Map<String, Long>, Map<String, Long>> other) {
        add(other.value());
    }

    @Override
    public synchronized Map<String, Long> value() {
        return new TreeMap<>(nanos);
    }

    /** Adds the task's timings when the task running now completes. */
    void addWhenDone(JobPipeline pipeline) {
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) c -> add(pipeline.timings()));
        }
    }
}
