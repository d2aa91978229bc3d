package org.warta.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.warta.model.Article;

/** The entities stage alone, on each language's example article as the stages before it leave it. */
public class EntitiesBench extends StageBench {
    @Override
    protected String stage() {
        return "entities";
    }

    @Benchmark
    public Article entities() {
        return input.run();
    }
}
