package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/**
 * Honorifics written after a name ({@code title-after} cues: the test pack {@code qaa} has 씨 and 氏): in a script
 * without case, the piece of text before one is a person's name.
 */
class HonorificsAfterNamesTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.builtIn());

    private static List<String> persons(String text) {
        return RECOGNIZER.recognise(text, List.of(new Sentence(0, text.length(), 0)), "qaa").stream()
                .filter(e -> e.type() == Entity.Type.PERSON)
                .map(Entity::text)
                .toList();
    }

    @Test
    void theWordBeforeAnHonorificIsAName() {
        assertEquals(List.of("김민수"), persons("서울에 사는 김민수 씨는 지난 3일 경찰에 신고했다."));
    }

    @Test
    void hanCharactersBeforeAnHonorificUpToAParticle() {
        assertEquals(List.of("山田太郎"), persons("会見で山田太郎氏は辞任を否定した。"));
    }

    @Test
    void aNumberBeforeAnHonorificIsNoName() {
        assertEquals(List.of(), persons("참가자 30 씨는"));
    }
}
