package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.token.Shapes;

class TokenizerTest {
    @Test
    void splitsHyphensApostrophesAndChineseCharacters() {
        List<String> t = EntityTokens.of("Rusia-AS Rusya'nın 俄罗斯外长", Normalizer.PLAIN).stream()
                .map(Token::surface).toList();
        assertEquals(List.of("Rusia", "-", "AS", "Rusya", "'", "nın", "俄", "罗", "斯", "外", "长"), t);
    }

    @Test
    void russianInflectionsMeetTheirBaseForm() {
        Normalizer ru = LanguageCues.of("ru").normalizer;
        assertEquals(ru.normalise("Россия"), ru.normalise("России"));
        assertEquals(ru.normalise("Лавров"), ru.normalise("Лавровым"));
        assertEquals(ru.normalise("госсекретарь"), ru.normalise("госсекретарём"));
    }

    @Test
    void shapes() {
        assertEquals(Token.UPPER, Shapes.of("AS").ordinal());
        assertEquals(Token.CAPITALISED, Shapes.of("As").ordinal());
        assertEquals(Token.LOWER, Shapes.of("as").ordinal());
        assertEquals(Token.NONE, Shapes.of("俄罗斯").ordinal());
    }
}
