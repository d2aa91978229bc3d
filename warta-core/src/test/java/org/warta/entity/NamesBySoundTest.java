package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/**
 * A person of the knowledge base written in a script the base holds no name in is found by the sound of the name,
 * and linked, so that the mention carries the English name.
 */
class NamesBySoundTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.builtIn());

    private static List<String> persons(String text, String language) {
        return RECOGNIZER.recognise(text, List.of(new Sentence(0, text.length(), 0)), language).stream()
                .filter(e -> e.type() == Entity.Type.PERSON)
                .map(e -> e.text() + "=" + e.canonical())
                .toList();
    }

    private static String key(String name) {
        String key = "";
        for (String w : NameSounds.words(name)) {
            key = NameSounds.join(key, NameSounds.key(NameSounds.latin(w)));
        }
        return key;
    }

    @Test
    void oneNameInSixScriptsHasOneKey() {
        String lavrov = key("Lavrov");
        for (String written : List.of("Лавров", "ラブロフ", "لافروف", "लावरोव", "라브로프", "Λαβρόφ")) {
            assertEquals(lavrov, key(written), written);
        }
        String trump = key("Trump");
        for (String written : List.of("Трамп", "トランプ", "트럼프", "ट्रंप", "ترامب", "ทรัมป์", "Τραμπ", "ٹرمپ")) {
            assertEquals(trump, key(written), written);
        }
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertNotEquals(key("Lavrov"), key("Lavrentiev"));
        assertNotEquals(key("Trump"), key("Truman"));
        assertNotEquals(key("Putin"), key("Pezeshkian"));
    }

    @Test
    void ukrainianNameIsLinkedToTheEnglishEntry() {
        assertEquals(List.of("Сергій Лавров=Sergei Lavrov"),
                persons("Міністр закордонних справ Росії Сергій Лавров заявив про нові переговори.", "uk"));
    }

    @Test
    void hindiAndKoreanAndJapaneseSurnamesAreLinked() {
        assertTrue(persons("डोनाल्ड ट्रंप ने कहा कि ट्रंप बातचीत जारी रखेंगे।", "hi").contains("ट्रंप=Donald Trump"));
        assertTrue(persons("트럼프 대통령은 기자회견을 열었다.", "ko").stream().anyMatch(p -> p.endsWith("=Donald Trump")));
        assertTrue(persons("ラブロフ外相は記者会見で語った。", "ja").stream().anyMatch(p -> p.endsWith("=Sergei Lavrov")));
    }

    @Test
    void aLowerCaseWordInACasedScriptIsNoName() {
        // "трамп" in lower case is not taken for the name
        assertEquals(List.of(), persons("слово трамп тут означає козир.", "uk"));
    }

    @Test
    void aWordThatSoundsLikeASurnameIsNoNameWithoutACue() {
        // "ترامب" alone, in a language without role words, with no full name in the text: left alone
        assertEquals(List.of(), persons("ٹرمپ کا لفظ یہاں ایک مثال ہے۔", "ur"));
        assertEquals(List.of("ڈونلڈ ٹرمپ=Donald Trump"), persons("ڈونلڈ ٹرمپ نے کہا۔", "ur"));
    }

    @Test
    void aShortWordIsNoKey() {
        assertTrue(key("Dar").length() < NameSounds.MIN_WORD_KEY);
    }
}
