package org.warta.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an evaluation test: one that measures Warta on the public data sets in the shared folder ({@link Shared}).
 * Where that folder (or one of the paths named here) is missing, the test is skipped with a message saying where
 * the data was looked for and how to name it; with {@code -Dwarta.shared.required=true} it fails instead, so a
 * build that must run the evaluations cannot lose them silently. Tagged {@code evaluation}, so that
 * {@code -Dgroups=evaluation} runs these alone and {@code -DexcludedGroups=evaluation} leaves them out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag("evaluation")
@ExtendWith(SharedDataCondition.class)
public @interface SharedData {
    /** Paths relative to the shared folder that the test reads; the folder itself when none is named. */
    String[] value() default {};
}
