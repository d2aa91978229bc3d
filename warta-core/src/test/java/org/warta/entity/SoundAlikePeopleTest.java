package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/**
 * With decades of officials in the base, names of different people sound alike; the country the sentence names
 * tells them apart, and otherwise someone in office goes before a former holder.
 */
class SoundAlikePeopleTest {
    private static final KnowledgeBase KB = KnowledgeBase.builtIn();
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KB);

    @Test
    void theCountryOfTheSentenceChoosesAmongPeopleWhoseNamesSoundAlike() {
        String text = "Прекращение огня подтвердил также министр иностранных дел Пакистана Исхак Дар.";
        List<String> persons = RECOGNIZER.recognise(text, List.of(new Sentence(0, text.length(), 0)), "ru").stream()
                .filter(e -> e.type() == Entity.Type.PERSON).map(Entity::canonical).toList();
        assertEquals(List.of("Ishaq Dar"), persons);
    }

    @Test
    void aKeySharedByManyPeopleGivesTheOneOfTheNamedCountry() {
        NameSounds sounds = NameSounds.of(KB);
        String key = "";
        for (String w : NameSounds.words("Исхак Дар")) {
            key = NameSounds.join(key, NameSounds.key(NameSounds.latin(w)));
        }
        NameSounds.Entry pakistani = sounds.find(key, Set.of("PAK"), e -> true);
        assertEquals("PAK", pakistani.entity().country());
        NameSounds.Entry any = sounds.find(key);
        assertTrue(!any.entity().former() || pakistani.entity().former(), "in office before former holders");
    }
}
