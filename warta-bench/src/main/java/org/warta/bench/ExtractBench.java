package org.warta.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.warta.model.Article;

/** The extract stage alone, on each language's example article as the stages before it leave it. */
public class ExtractBench extends StageBench {
    @Override
    protected String stage() {
        return "extract";
    }

    @Benchmark
    public Article extract() {
        return input.run();
    }
}
