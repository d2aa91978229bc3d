package org.warta.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every stage benchmark shares: the languages, the settings (average microseconds per article, short enough
 * that all benchmarks run in a few minutes) and the setup that brings the example article to the stage.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class StageBench {
    @Param({"vi", "id", "en", "ru", "zh", "ar"})
    public String language;

    protected StageInputs.Prepared input;

    /** The name of the stage under measure, as the pipeline knows it. */
    protected abstract String stage();

    @Setup(Level.Trial)
    public void prepare() {
        input = StageInputs.prepare(stage(), language);
    }
}
