package org.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Hints;
import org.warta.model.Layer;
import org.warta.model.RawDocument;
import org.warta.model.Source;

/** A record over its size is refused before any stage runs; one over its time is stopped and fails. */
class BudgetTest {
    private static final Duration GUARD = Duration.ofSeconds(30);

    /** A stage that does what it is given and notes that it ran. */
    private record Step(String name, List<String> ran, UnaryOperator<Article> work) implements Stage {
        @Override
        public Set<Layer> needs() {
            return Set.of();
        }

        @Override
        public Set<Layer> adds() {
            return Set.of();
        }

        @Override
        public Article apply(Article article) {
            ran.add(name);
            return work.apply(article);
        }
    }

    private static UnaryOperator<Article> sleep(long millis) {
        return a -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return a;
        };
    }

    private static Budget budget(long bytes, long millis) {
        return new Budget(bytes, Duration.ofMillis(millis));
    }

    @Test
    void aRecordOverTheSizeIsRefusedBeforeAnyStageRuns() {
        List<String> ran = new ArrayList<>();
        Pipeline p = Pipeline.of(List.of(new Step("a", ran, a -> a)), budget(1000, 0));
        BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> p.process(RawDocument.ofText("x".repeat(1001))));
        assertEquals("too-large", e.reason());
        assertNull(e.stage());
        assertEquals("1001 bytes is more than the 1000-byte limit for one article", e.getMessage());
        assertEquals(List.of(), ran);
        p.process(RawDocument.ofText("x".repeat(1000)));
        assertEquals(List.of("a"), ran, "one at the limit is processed");
    }

    @Test
    void theSizeIsCountedInUtf8BytesAndMarkupMayBeLonger() {
        Pipeline p = Pipeline.of(List.of(), budget(1000, 0));
        BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> p.process(RawDocument.ofText("ก".repeat(400))));
        assertTrue(e.getMessage().startsWith("1200 bytes"), e.getMessage());
        p.process(RawDocument.ofText("ก".repeat(333)));
        p.process(RawDocument.ofText("\uD83D\uDE00".repeat(250))); // four bytes for each pair of chars
        assertThrows(BudgetExceeded.class, () -> p.process(RawDocument.ofText("\uD83D\uDE00".repeat(251))));
        String page = "<p>" + "x".repeat(1000 * Budget.MARKUP_FACTOR - 7) + "</p>";
        p.process(new RawDocument(page, RawDocument.HTML, new Source(null, null, "html", null), Hints.NONE));
        assertThrows(BudgetExceeded.class, () -> p.process(new RawDocument(page + "x", RawDocument.HTML,
                new Source(null, null, "html", null), Hints.NONE)));
    }

    @Test
    void aStageThatChecksItsDeadlineIsStoppedInsideAndTheStageIsNamed() {
        List<String> ran = new ArrayList<>();
        Step endless = new Step("endless", ran, a -> {
            while (true) {
                Deadline.check();
            }
        });
        Pipeline p = Pipeline.of(List.of(endless, new Step("after", ran, a -> a)), budget(1000, 200));
        BudgetExceeded e = assertTimeoutPreemptively(GUARD, () ->
                assertThrows(BudgetExceeded.class, () -> p.process(RawDocument.ofText("text"))));
        assertEquals("too-slow", e.reason());
        assertEquals("endless", e.stage());
        assertEquals("processing took more than 200ms, the time limit for one article (stopped in stage 'endless')",
                e.getMessage());
        assertEquals(List.of("endless"), ran, "no stage runs after the time is up");
    }

    @Test
    void aStageThatDoesNotCheckIsStoppedWhenItReturns() {
        List<String> ran = new ArrayList<>();
        Pipeline p = Pipeline.of(List.of(new Step("slow", ran, sleep(300)), new Step("next", ran, a -> a)),
                budget(1000, 100));
        BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> p.process(RawDocument.ofText("text")));
        assertEquals("slow", e.stage());
        assertEquals(List.of("slow"), ran);
    }

    @Test
    void theNextRecordGetsATimeOfItsOwn() {
        List<String> ran = new ArrayList<>();
        Step slowOnDemand = new Step("work", ran, a -> a.raw().content().equals("slow") ? sleep(300).apply(a) : a);
        Pipeline p = Pipeline.of(List.of(slowOnDemand), budget(1000, 150));
        assertThrows(BudgetExceeded.class, () -> p.process(RawDocument.ofText("slow")));
        assertSame(Deadline.NONE, Deadline.current(), "no deadline is left behind on the thread");
        p.process(RawDocument.ofText("quick"));
        assertEquals(List.of("work", "work"), ran);
    }

    @Test
    void loadingSharedDataOnFirstUseDoesNotCountAgainstTheRecord() {
        List<String> ran = new ArrayList<>();
        Step loads = new Step("load", ran, a -> Deadline.unclocked(() -> sleep(400).apply(a)));
        Step checks = new Step("check", ran, a -> {
            Deadline.check();
            return a;
        });
        Pipeline p = Pipeline.of(List.of(loads, checks), budget(1000, 250));
        p.process(RawDocument.ofText("text"));
        assertEquals(List.of("load", "check"), ran);
    }

    @Test
    void otherFailuresOfAStageStayWarningsAndTheRecordGoesOn() {
        List<String> ran = new ArrayList<>();
        Step broken = new Step("broken", ran, a -> {
            throw new IllegalStateException("a bug");
        });
        Pipeline p = Pipeline.of(List.of(broken, new Step("next", ran, a -> a)), budget(1000, 1000));
        Article a = p.process(RawDocument.ofText("text"));
        assertEquals(List.of("broken", "next"), ran);
        assertEquals("stage-failed", a.warnings().get(0).code());
    }

    @Test
    void withoutLimitsNothingIsRefused() {
        Pipeline p = Pipeline.of(List.of(new Step("slow", new ArrayList<>(), sleep(50))));
        assertSame(Budget.UNLIMITED, p.budget());
        p.process(RawDocument.ofText("x".repeat(5_000_000)));
        assertSame(Deadline.NONE, Budget.UNLIMITED.startNow());
    }

    @Test
    void limitsMustBeUsable() {
        assertThrows(IllegalArgumentException.class, () -> new Budget(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Budget(10, Duration.ofSeconds(-1)));
        assertEquals(4L << 20, Budget.DEFAULT.maxRecordBytes());
        assertEquals(Duration.ofSeconds(10), Budget.DEFAULT.maxRecordTime());
        assertEquals(Long.MAX_VALUE, Budget.UNLIMITED.maxMarkupBytes(), "no overflow");
    }
}
