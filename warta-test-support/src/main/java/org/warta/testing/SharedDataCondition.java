package org.warta.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Runs a {@link SharedData} test where its data is present; otherwise skips it, or fails it when data is required. */
public final class SharedDataCondition implements ExecutionCondition {
    private static final AtomicBoolean EXPLAINED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<SharedData> marked = AnnotationSupport.findAnnotation(context.getElement(), SharedData.class);
        if (marked.isEmpty()) {
            return ConditionEvaluationResult.enabled("no shared data named here");
        }
        List<Path> missing = missing(marked.get().value());
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("shared data present");
        }
        String reason = "evaluation data not found: " + missing.get(0) + " (" + Shared.HOW_TO_SET + ")";
        if (Shared.required()) {
            // The engine reports an exception thrown here as the test's (or class's) failure.
            throw new IllegalStateException(reason + "; it is required (-D" + Shared.REQUIRED_PROPERTY + "=true)");
        }
        explainOnce(missing.get(0));
        return ConditionEvaluationResult.disabled(reason);
    }

    private static List<Path> missing(String[] relative) {
        Path root = Shared.root();
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        return Arrays.stream(relative).map(root::resolve).filter(p -> !Files.exists(p)).toList();
    }

    /** One explanation per test JVM (a module's test run), however many tests are skipped. */
    private static void explainOnce(Path missing) {
        if (EXPLAINED.compareAndSet(false, true)) {
            System.err.println("""
                    [warta] Evaluation tests skipped: the shared data sets were not found at %s.
                    [warta] They measure quality on public data (seed acceptance, NER, TempEval, PETRARCH, extraction,
                    [warta] language id, real WARC, feeds and GDELT samples); unit and component tests run on the
                    [warta] fixtures in the repository. To run them too: %s, or .ci/run.
                    [warta] With -D%s=true a missing folder fails the build instead."""
                    .formatted(missing, Shared.HOW_TO_SET, Shared.REQUIRED_PROPERTY));
        }
    }
}
