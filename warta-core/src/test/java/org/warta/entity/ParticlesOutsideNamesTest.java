package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/**
 * A particle listed in a pack's {@code morphology.tsv} is a word of its own written onto the one before it: the test
 * pack {@code qaa} lists 은, 는 and 과의, so "외교부는" is the organisation 외교부. A person's span keeps its last word
 * whole, and an inflection ({@code suffix}, Russian) stays part of the name.
 */
class ParticlesOutsideNamesTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.builtIn());

    static List<String> entities(String text, String language) {
        return RECOGNIZER.recognise(text, List.of(new Sentence(0, text.length(), 0)), language).stream()
                .map(e -> e.text() + "|" + e.type())
                .toList();
    }

    @Test
    void theParticleIsLeftOutOfAnOrganisation() {
        assertEquals(List.of("외교부|ORG"), entities("외교부는 28일 성명을 내고 협상 재개를 요구했다.", "qaa"));
    }

    @Test
    void aLongerParticleIsLeftOutAsAWhole() {
        assertEquals(List.of("외교부|ORG"), entities("이번 회의는 외교부과의 협의 끝에 열렸다.", "qaa"));
    }

    @Test
    void aPersonBeforeARoleKeepsAWholeWord() {
        assertEquals(List.of("김정은|PERSON"), entities("김정은 대통령은 연설에서 경제를 강조했다.", "qaa"));
    }

    @Test
    void anInflectionStaysInTheName() {
        List<String> found = entities("Министр иностранных дел России заявил об этом в среду.", "ru");
        assertEquals(true, found.contains("России|GPE"), found.toString());
    }
}
