package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/** Floors on ../shared/news-dev (99 real news texts in 31 languages), so that no change loses what was won. */
class NewsDevEvaluationTest {
    @Test
    @SharedData("news-dev/gold.jsonl")
    void realNewsInManyLanguagesKeepsItsFigures() throws Exception {
        NewsEval.Result r = NewsEval.run(Shared.path("news-dev"), List.of(), (gold, notes) -> { });
        NewsTally t = r.all();
        String figures = "langid " + NewsTally.share(t.langRight, t.articles)
                + ", boilerplate out " + NewsTally.share(t.boilerplateOut, t.boilerplateLines)
                + ", article lines out " + NewsTally.share(t.articleOut, t.articleLines)
                + ", dates " + NewsTally.share(t.datesFound, t.dates) + " / " + NewsTally.share(t.datesRight, t.dates)
                + ", persons " + t.persons.f1() + ", countries " + t.countries.f1() + ", events " + t.events.f1();
        assertTrue(t.articles == 99, figures);
        assertTrue(NewsTally.share(t.langRight, t.articles) >= 0.96, figures);
        assertTrue(NewsTally.share(t.boilerplateOut, t.boilerplateLines) >= 0.53, figures);
        assertTrue(NewsTally.share(t.articleOut, t.articleLines) <= 0.02, figures);
        assertTrue(NewsTally.share(t.datesFound, t.dates) >= 0.92, figures);
        assertTrue(NewsTally.share(t.datesRight, t.dates) >= 0.84, figures);
        assertTrue(t.persons.f1() >= 0.57, figures);
        assertTrue(t.countries.f1() >= 0.86, figures);
    }
}
