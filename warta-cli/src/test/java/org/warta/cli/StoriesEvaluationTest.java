package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/** Floors on the story sets, so that no change loses what was won. */
class StoriesEvaluationTest {
    @Test
    @SharedData("stories/semeval2022-task8-train/pairs.jsonl")
    void storySimilarityFollowsHumanJudgements() throws Exception {
        List<StoryEval.Pair> pairs = StoryEval.pairs(Shared.path("stories/semeval2022-task8-train/pairs.jsonl"),
                StoryEval.pipeline());
        double r = StoryEval.pearson(pairs.stream().mapToDouble(StoryEval.Pair::similarity).toArray(),
                pairs.stream().mapToDouble(p -> -p.gold()).toArray());
        assertTrue(pairs.size() == 1226 && r >= 0.74, "Pearson's r " + r + " over " + pairs.size() + " pairs");
    }

    @Test
    @SharedData("news-dev/gold.jsonl")
    void realNewsInManyLanguagesIsGroupedIntoItsStories() throws Exception {
        NewsEval.Result result = NewsEval.run(Shared.path("news-dev"), List.of(), (gold, notes) -> { });
        double[] stories = result.stories();
        String figures = "pairwise precision " + stories[0] + ", recall " + stories[1] + ", F1 " + stories[2];
        assertTrue(stories[2] >= 0.62, figures);
        assertTrue(stories[0] >= 0.65, figures);
    }
}
