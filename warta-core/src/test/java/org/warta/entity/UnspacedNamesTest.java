package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.token.PhraseTrie;
import org.warta.token.Segmenter;

/**
 * Names from a list in scripts written without spaces: the dictionary may cut a name on its own otherwise than in
 * a sentence, so names are matched character by character, from a word's start to a word's end.
 */
class UnspacedNamesTest {
    private static List<String> found(String sentence, String... names) {
        PhraseTrie<String> trie = new PhraseTrie<>();
        for (String n : names) {
            trie.add(PhraseTrie.keys(EntityTokens.of(n, Normalizer.PLAIN)), n);
        }
        List<Token> tokens = EntityTokens.of(Segmenter.tokens(sentence), 0, Normalizer.PLAIN);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (PhraseTrie.Hit<String> hit : trie.matchesAt(tokens, i, null)) {
                out.add(sentence.substring(tokens.get(hit.start()).start(), tokens.get(hit.end() - 1).end()));
            }
        }
        return out;
    }

    @Test
    void thaiTitleCutOtherwiseInTheSentenceStillMatches() {
        // on its own: นายก | รัฐมนตรี; in this sentence: นายก | รัฐ | มน | ตรี
        assertEquals(List.of("นายกรัฐมนตรี", "เชียงใหม่"),
                found("นายกรัฐมนตรีเศรษฐาทวีสินเดินทางไปเชียงใหม่", "นายกรัฐมนตรี", "เชียงใหม่"));
    }

    @Test
    void thaiNameIsNotFoundInsideALongerWord() {
        assertEquals(List.of(), found("ผู้ว่าราชการกรุงเทพมหานครแถลงข่าว", "กรุงเทพ"));
        assertEquals(List.of("กรุงเทพมหานคร"), found("ผู้ว่าราชการกรุงเทพมหานครแถลงข่าว", "กรุงเทพมหานคร"));
    }

    @Test
    void japaneseNamesMatchCharacterByCharacter() {
        assertEquals(List.of("ウクライナ", "ゼレンスキー"),
                found("ウクライナのゼレンスキー大統領は水曜日に訪米した。", "ウクライナ", "ゼレンスキー"));
        // the dictionary reads 石破茂 as 石破 | 茂
        assertEquals(List.of("石破茂"), found("石破茂首相は記者会見を開いた。", "石破茂"));
    }

    @Test
    void chineseNameInsideADictionaryWordIsStillFound() {
        assertEquals(List.of("北京"), found("北京市政府发言人周二表示", "北京"));
    }

    @Test
    void thaiCharactersOpenAndCloseOnlyAtWordEdges() {
        List<Token> tokens = EntityTokens.of(Segmenter.tokens("ไปเชียงใหม่"), 0, Normalizer.PLAIN);
        assertEquals("ไ", tokens.get(0).surface());
        assertEquals(true, tokens.get(0).opens());
        assertEquals(false, tokens.get(0).closes());
        assertEquals(true, tokens.get(1).closes());
        assertEquals(true, tokens.get(2).opens());
    }
}
