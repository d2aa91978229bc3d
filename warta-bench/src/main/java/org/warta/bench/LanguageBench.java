package org.warta.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.warta.model.Article;

/** The language stage alone, on each language's example article as the stages before it leave it. */
public class LanguageBench extends StageBench {
    @Override
    protected String stage() {
        return "language";
    }

    @Benchmark
    public Article language() {
        return input.run();
    }
}
