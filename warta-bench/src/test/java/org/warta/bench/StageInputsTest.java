package org.warta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Layer;

/** Every benchmark's setup still brings each language's article to its stage, and the stage does its work on it. */
class StageInputsTest {
    private static final List<StageBench> BENCHMARKS =
            List.of(new ExtractBench(), new LanguageBench(), new EntitiesBench(), new TimesBench(), new EventsBench());

    static Stream<Arguments> stagesAndLanguages() throws NoSuchFieldException {
        String[] languages = StageBench.class.getField("language")
                .getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
        return BENCHMARKS.stream().flatMap(b -> Stream.of(languages).map(l -> Arguments.of(b.stage(), l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("stagesAndLanguages")
    void setupReachesTheStageWithTheLayersItNeeds(String stage, String language) {
        StageInputs.Prepared input = StageInputs.prepare(stage, language);

        assertEquals(stage, input.stage().name());
        assertTrue(input.article().layers().containsAll(input.stage().needs()), () -> input.article().layers().toString());
        assertFalse(input.article().layers().containsAll(input.stage().adds()), "the stage's work is still to do");
        if (input.article().has(Layer.LANGUAGE)) {
            assertEquals(language, input.article().language().code(), "the example is read as its language");
        }
        Article out = input.run();
        assertTrue(out.layers().containsAll(input.stage().adds()), () -> out.layers().toString());
    }

    @Test
    void theHotStagesFindSomethingToDoInEveryLanguage() {
        for (String language : StageInputs.ARTICLES.keySet()) {
            assertFalse(StageInputs.prepare("entities", language).run().entities().isEmpty(), language);
            assertFalse(StageInputs.prepare("times", language).run().times().isEmpty(), language);
        }
    }

    @Test
    void unknownStageOrLanguageIsRefusedWithItsName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StageInputs.prepare("nonesuch", "vi"))
                .getMessage().contains("nonesuch"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StageInputs.prepare("times", "xx"))
                .getMessage().contains("xx"));
    }
}
