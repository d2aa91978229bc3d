package org.warta.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.warta.model.Article;

/** The events stage alone, on each language's example article as the stages before it leave it. */
public class EventsBench extends StageBench {
    @Override
    protected String stage() {
        return "events";
    }

    @Benchmark
    public Article events() {
        return input.run();
    }
}
