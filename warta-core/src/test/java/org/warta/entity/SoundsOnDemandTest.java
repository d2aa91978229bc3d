package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/** The people's name sounds are built only when a text in another script needs them. */
class SoundsOnDemandTest {
    private static List<String> persons(EntityRecognizer r, String text, String language) {
        return r.recognise(text, List.of(new Sentence(0, text.length(), 0)), language).stream()
                .filter(e -> e.type() == Entity.Type.PERSON).map(Entity::canonical).toList();
    }

    @Test
    void latinTextLeavesTheSoundsUnbuiltAndCyrillicTextBuildsThem() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        EntityRecognizer recognizer = new EntityRecognizer(kb);
        assertEquals(List.of("Sergei Lavrov"), persons(recognizer,
                "Foreign Minister Sergei Lavrov met Marco Rubio in Riyadh.", "en").subList(0, 1));
        assertEquals(List.of("Sergei Lavrov"), persons(recognizer,
                "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta.", "id"));
        assertFalse(NameSounds.of(kb).built(), "no text in another script yet");
        assertTrue(persons(recognizer, "Глава МИД Пакистана Исхак Дар прибыл в Москву.", "ru")
                .contains("Ishaq Dar"));
        assertTrue(NameSounds.of(kb).built());
    }
}
