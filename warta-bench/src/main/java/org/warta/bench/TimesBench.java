package org.warta.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.warta.model.Article;

/** The times stage alone, on each language's example article as the stages before it leave it. */
public class TimesBench extends StageBench {
    @Override
    protected String stage() {
        return "times";
    }

    @Benchmark
    public Article times() {
        return input.run();
    }
}
