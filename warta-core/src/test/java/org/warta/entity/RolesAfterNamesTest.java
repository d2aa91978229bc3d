package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/**
 * A language whose manifest says {@code role-position after} writes the role word after the name: in a script
 * without case the name is read on the role's left. The test pack {@code qaa} says so; Arabic (role before the
 * name) is read on the right as before.
 */
class RolesAfterNamesTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.builtIn());

    private static List<String> persons(String text, String language) {
        return RECOGNIZER.recognise(text, List.of(new Sentence(0, text.length(), 0)), language).stream()
                .filter(e -> e.type() == Entity.Type.PERSON)
                .map(e -> e.text() + "|" + e.role())
                .toList();
    }

    @Test
    void theWordBeforeARoleIsTheName() {
        assertEquals(List.of("이재명|president"), persons("이재명 대통령은 29일 기자회견을 열었다.", "qaa"));
    }

    @Test
    void aNumberOrAVerbAfterTheRoleIsNoName() {
        // read on the right, "29일" and "선출했다" would be names
        assertEquals(List.of(), persons("국회는 29일 대통령은 선출했다.", "qaa"));
    }

    @Test
    void aTitleWrittenOntoTheNameOpensATwoPieceName() {
        // the surname sounds like the base's Anutin Charnvirakul and is linked to him; the given name written onto
        // the title stays outside the mention
        assertEquals(List.of("ชาญวีรกูล|prime minister"),
                persons("นายอนุทิน ชาญวีรกูล นายกรัฐมนตรี เดินทางไปเชียงใหม่", "qaa"));
    }

    @Test
    void aRoleBeforeTheNameStillReadsTheRightSide() {
        List<String> found = persons("قال الرئيس عبد الفتاح السيسي إن", "ar");
        assertEquals(1, found.size(), found.toString());
        assertEquals(true, found.get(0).startsWith("عبد الفتاح"), found.toString());
    }
}
