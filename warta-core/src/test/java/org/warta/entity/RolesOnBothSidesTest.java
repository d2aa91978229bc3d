package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/**
 * {@code role-position both} (the test pack {@code qab}): in a script without case and without spaces between
 * words, the name is read on either side of a role, one or two space-separated pieces, without a title written
 * onto it and without a stop word.
 */
class RolesOnBothSidesTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.builtIn());

    private static List<String> persons(String text) {
        return RECOGNIZER.recognise(text, List.of(new Sentence(0, text.length(), 0)), "qab").stream()
                .filter(e -> e.type() == Entity.Type.PERSON)
                .map(e -> e.text() + "|" + e.role())
                .toList();
    }

    @Test
    void theNameAfterTheRole() {
        assertEquals(List.of("แพทองธาร ชินวัตร|prime minister"),
                persons("นายกรัฐมนตรี นางสาวแพทองธาร ชินวัตร ประกาศภาวะฉุกเฉินในจังหวัดชายแดน"));
    }

    @Test
    void theNameBeforeTheRole() {
        // the surname sounds like the base's Anutin Charnvirakul and is linked to him; the given name written onto
        // the title stays outside the mention
        assertEquals(List.of("ชาญวีรกูล|prime minister"),
                persons("นายอนุทิน ชาญวีรกูล นายกรัฐมนตรี เดินทางไปเชียงใหม่"));
    }

    @Test
    void aStopWordEndsTheName() {
        assertEquals(List.of("อนุทิน|prime minister"), persons("นายกรัฐมนตรี อนุทิน กล่าวว่า รัฐบาลจะช่วยเหลือ"));
    }
}
