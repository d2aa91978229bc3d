package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.model.Article;

/**
 * Article content is never removed: sentences that begin or end like boilerplate, in several languages, stay in the
 * text. Each is put between two ordinary paragraphs and must come out of cleaning unchanged, with nothing removed.
 */
class ContentIsKeptTest {
    private static final String BEFORE = "Para menteri luar negeri bertemu di Jakarta pada Selasa untuk membahas kerja sama kawasan.";
    private static final String AFTER = "Pertemuan berikutnya dijadwalkan berlangsung di Kuala Lumpur pada bulan depan.";

    @ParameterizedTest
    @ValueSource(strings = {
            // Indonesian / Malay: "Sumber" starts prose; comments are mentioned in quotes
            "Sumber daya alam Indonesia menjadi salah satu pokok pembahasan dalam pertemuan itu.",
            "Sumber di kementerian mengatakan perundingan akan dilanjutkan pekan depan.",
            "Sumber: kementerian mengatakan bahwa perundingan itu berjalan lancar dan akan segera dilanjutkan. Pertemuan teknis dijadwalkan pekan depan.",
            "Dia menolak memberikan komentar lebih lanjut mengenai isi pembicaraan tersebut.",
            "Juru bicara Kremlin menolak memberikan komentar (lebih lanjut) soal rencana pertemuan puncak.",
            "Komentar Presiden itu memicu reaksi keras dari parlemen.",
            "Iklan rokok di televisi dilarang mulai tahun depan.",
            "Kongsi gelap itu ditumpaskan polis.",
            "Simak pula pernyataan menteri tersebut.",
            // English
            "Voters who want to read more about the candidates can visit the election commission's website.",
            "Related talks will be held in Geneva next week.",
            "Recommended measures include a ceasefire along the border.",
            "Share prices fell 3%.",
            "Copyright disputes between the two countries have escalated this year.",
            "By the numbers",
            // Vietnamese: "Theo X" is a source line only when X is a short name
            "Theo ông Nguyễn Văn A, tình hình đã ổn định trở lại.",
            "Theo dõi diễn biến mới nhất của cơn bão",
            "Chia sẻ kinh nghiệm phòng chống thiên tai",
            "Quảng cáo sai sự thật bị xử phạt nặng.",
            // Spanish / Portuguese
            "Fuente de ingresos de miles de familias, los naranjos quedaron cubiertos de lodo.",
            "Relacionado con el caso, el juez ordenó nuevas diligencias.",
            "Relacionada ao caso, a investigação segue em sigilo.",
            "Por qué importa",
            // German: "Von der Leyen" is no byline
            "Von der Leyen in Kiew",
            // Russian
            "По теме переговоров высказался и Песков.",
            "Подробнее об этом рассказал министр.",
            // Arabic: شارك also means "took part"
            "شارك أردوغان عبر الفيديو.",
            // Chinese: 分享 also means "share in"
            "分享发展机遇，共创美好未来。",
    })
    void boilerplateLookalikeStays(String sentence) {
        Article a = Cleaning.clean(Cleaning.article(BEFORE, sentence, AFTER));
        assertEquals(List.of(BEFORE, sentence, AFTER), Cleaning.kept(a));
        assertTrue(a.removed().isEmpty(), "removed: " + a.removed());
        assertTrue(a.captions().isEmpty(), "captions: " + a.captions());
        assertTrue(a.attribution().isEmpty(), "attribution: " + a.attribution());
    }

    @Test
    void longProseEndingInPhotoBracketStays() {
        String prose = "The delegations toured the flooded districts south of Valencia on Sunday and met families who had "
                + "lost their homes and businesses. Officials told them that the reconstruction of roads, bridges and "
                + "schools would take years and cost several billion euros, and that the first payments to households "
                + "would arrive before Christmas. Several residents showed the visitors pictures of their streets "
                + "before and after the water came (photos they had kept on their phones)";
        assertTrue(prose.length() > CleanStage.MAX_CAPTION_LENGTH);
        assertKept(prose);
    }

    @Test
    void threeSentencesEndingInPhotoBracketAreProseNotACaption() {
        String prose = "Foreign ministers gathered in Riyadh on Tuesday for talks that lasted four and a half hours. "
                + "Officials from both delegations described the meeting as businesslike. The host released pictures "
                + "of the delegations at the palace (photos were handed to the press)";
        assertTrue(prose.length() < CleanStage.MAX_CAPTION_LENGTH);
        assertKept(prose);
    }

    @Test
    void bracketThatOnlyStartsLikeACreditKeyword() {
        assertKept("Presiden menerima gelar kehormatan dari universitas itu (Doktor Honoris Causa)");
    }

    @Test
    void aCaptionOfTwoSentencesIsStillACaption() {
        Article a = Cleaning.clean(Cleaning.article(BEFORE,
                "Sergei Lavrov and Marco Rubio at the Diriyah Palace. The talks lasted four hours. (Photo: Reuters)", AFTER));
        assertEquals(List.of(BEFORE, AFTER), Cleaning.kept(a));
        assertEquals("Reuters", a.captions().get(0).credit());
    }

    private static void assertKept(String paragraph) {
        Article a = Cleaning.clean(Cleaning.article(BEFORE, paragraph, AFTER));
        assertEquals(List.of(BEFORE, paragraph, AFTER), Cleaning.kept(a));
        assertTrue(a.removed().isEmpty(), "removed: " + a.removed());
        assertTrue(a.captions().isEmpty(), "captions: " + a.captions());
    }
}
