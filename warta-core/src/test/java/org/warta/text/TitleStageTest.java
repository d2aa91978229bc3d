package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.model.Block;

/** Which first blocks are headlines: short, and not ending a sentence, even inside a closing quote or bracket. */
class TitleStageTest {
    private static final Block BODY = Block.paragraph("Menteri Luar Negeri Rusia Sergei Lavrov dan mitranya dari AS, "
            + "Marco Rubio, berbincang melalui telepon pada Sabtu untuk membahas persiapan pertemuan puncak kedua negara.");

    @ParameterizedTest
    @ValueSource(strings = {
            "Lavrov dan Rubio Bahas Persiapan KTT Rusia-AS",
            "Will the Geneva truce hold?",
            "Trump: \"We have a deal\"",
            "Indonesia joins BRICS (update)",
            "中美日内瓦经贸会谈达成共识",
    })
    void headlines(String first) {
        assertTrue(TitleStage.isHeadline(Block.paragraph(first), BODY), first);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Juru bicara Kremlin berkata: \"Pembicaraan berjalan baik.\"",
            "Lavrov menyebut pembicaraan itu \"berguna\".",
            "The talks ended (officials said they were useful.)",
            "Ông Tô Lâm nói: «Hai nước là láng giềng tốt.»",
            "双方同意继续磋商。”",
    })
    void sentencesAreNotHeadlines(String first) {
        assertFalse(TitleStage.isHeadline(Block.paragraph(first), BODY), first);
    }
}
