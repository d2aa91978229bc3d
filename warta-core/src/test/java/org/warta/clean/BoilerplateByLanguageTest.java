package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.model.Article;
import org.warta.model.Attribution;
import org.warta.model.Caption;
import org.warta.model.Removal;

/**
 * For each language with data, an article snippet carrying that language's usual boilerplate: an ad placeholder, a
 * comment counter, a related link, a share prompt, a captioned photo with its credit and a source line. Each goes
 * with the right reason, the caption and the source move to their layers, and the body comes out untouched.
 */
class BoilerplateByLanguageTest {

    /** One planted line and the reason it must be removed for. */
    record Planted(String line, String reason) {
    }

    record Case(String language, String captionLine, Caption caption, List<String> body, List<Planted> planted,
                String sourceLine, Attribution attribution) {
        String text() {
            List<String> blocks = new ArrayList<>();
            blocks.add(captionLine);
            for (int i = 0; i < body.size(); i++) {
                blocks.add(body.get(i));
                if (i < planted.size()) {
                    blocks.add(planted.get(i).line());
                }
            }
            for (int i = body.size(); i < planted.size(); i++) {
                blocks.add(planted.get(i).line());
            }
            blocks.add(sourceLine);
            return Cleaning.article(blocks.toArray(String[]::new));
        }

        @Override
        public String toString() {
            return language;
        }
    }

    private static Planted ad(String line) {
        return new Planted(line, "ad-placeholder");
    }

    private static Planted comments(String line) {
        return new Planted(line, "comment-counter");
    }

    private static Planted related(String line) {
        return new Planted(line, "related-link");
    }

    private static Planted share(String line) {
        return new Planted(line, "share-prompt");
    }

    private static Attribution outlet(String name) {
        return new Attribution(null, name, null);
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("id",
                        "Menteri Luar Negeri Sugiono berbicara kepada wartawan di Jakarta, Selasa (7/1/2025). (Foto: Antara)",
                        new Caption("Menteri Luar Negeri Sugiono berbicara kepada wartawan di Jakarta, Selasa (7/1/2025).", "Antara"),
                        List.of("Pemerintah Indonesia menyatakan keanggotaan penuh di BRICS tidak mengubah prinsip politik luar negeri bebas aktif.",
                                "Menurut Kementerian Luar Negeri, Jakarta tetap melanjutkan proses aksesi ke OECD pada tahun ini.",
                                "Brasil, selaku ketua BRICS, mengumumkan keanggotaan Indonesia pada 6 Januari 2025."),
                        List.of(ad("[iklan_2]"), related("Baca juga: Indonesia Resmi Jadi Anggota Penuh BRICS"),
                                share("Bagikan artikel ini"), comments("Komentar (4)")),
                        "Sumber: https://kabar.example.co.id/dunia/indonesia-resmi-bergabung-brics-4567",
                        new Attribution("https://kabar.example.co.id/dunia/indonesia-resmi-bergabung-brics-4567", "kabar.example.co.id", null)),
                new Case("ms",
                        "Perdana Menteri Datuk Seri Anwar Ibrahim ketika sidang media di Putrajaya. - Foto BERNAMA",
                        new Caption("Perdana Menteri Datuk Seri Anwar Ibrahim ketika sidang media di Putrajaya.", "BERNAMA"),
                        List.of("Kerajaan Malaysia menyambut baik persetujuan gencatan senjata antara Thailand dan Kemboja yang dicapai di Putrajaya semalam.",
                                "Menurut beliau, kedua-dua negara bersetuju untuk menghentikan tembakan mulai tengah malam."),
                        List.of(ad("IKLAN"), related("Baca juga: Malaysia sambut baik gencatan senjata Thailand-Kemboja"),
                                share("Kongsi artikel ini"), comments("Komen (6)")),
                        "Sumber: Bernama", outlet("Bernama")),
                new Case("vi",
                        "Thủ tướng Phạm Minh Chính phát biểu tại cuộc họp ở Hà Nội. Ảnh: VGP",
                        new Caption("Thủ tướng Phạm Minh Chính phát biểu tại cuộc họp ở Hà Nội.", "VGP"),
                        List.of("Chiều 9/4, Thủ tướng Phạm Minh Chính chủ trì cuộc họp về ứng phó với chính sách thuế quan của Mỹ.",
                                "Theo Bộ Công Thương, hai bên sẽ sớm tổ chức phiên đàm phán đầu tiên tại Washington."),
                        List.of(ad("Quảng cáo"), related("Xem thêm: Việt Nam và Mỹ đàm phán thuế đối ứng"),
                                share("Chia sẻ qua Facebook Zalo"), comments("Bình luận (12)")),
                        "Nguồn: VnExpress", outlet("VnExpress")),
                new Case("en",
                        "Secretary of State Marco Rubio speaks to reporters in Riyadh. Photo: AP",
                        new Caption("Secretary of State Marco Rubio speaks to reporters in Riyadh.", "AP"),
                        List.of("US and Russian officials met in Riyadh on Tuesday for their first formal talks in three years.",
                                "Both sides agreed to restore the staffing of their embassies in Moscow and Washington."),
                        List.of(ad("ADVERTISEMENT"), related("Read more: What the Riyadh talks mean for Ukraine"),
                                share("Share on Facebook Twitter"), comments("Comments (5)")),
                        "Source: Reuters - https://news.example.com/world/us-russia-talks-riyadh",
                        new Attribution("https://news.example.com/world/us-russia-talks-riyadh", "Reuters", null)),
                new Case("fr",
                        "Le ministre Jean-Noël Barrot à Paris, le 15 avril 2025. (Photo : AFP)",
                        new Caption("Le ministre Jean-Noël Barrot à Paris, le 15 avril 2025.", "AFP"),
                        List.of("La France a annoncé mardi l'expulsion de douze agents algériens. Pourquoi une telle riposte ?",
                                "Le président Emmanuel Macron a également rappelé l'ambassadeur pour consultations."),
                        List.of(ad("Publicité"), related("Lire aussi : La France rappelle son ambassadeur à Alger"),
                                share("Partager sur Facebook"), comments("Commentaires (4)")),
                        "Source : AFP", outlet("AFP")),
                new Case("de",
                        "Friedrich Merz im Bundestag nach der Wahl. Foto: dpa",
                        new Caption("Friedrich Merz im Bundestag nach der Wahl.", "dpa"),
                        List.of("Friedrich Merz ist am Dienstag im zweiten Wahlgang zum Bundeskanzler gewählt worden.",
                                "Bundespräsident Frank-Walter Steinmeier ernannte ihn anschließend im Schloss Bellevue."),
                        List.of(ad("Anzeige"), related("Lesen Sie auch: Das Kabinett Merz im Überblick"),
                                share("Artikel teilen"), comments("Kommentare (7)")),
                        "Quelle: dpa", outlet("dpa")),
                new Case("es",
                        "Pedro Sánchez, en el Congreso de los Diputados. (Foto: EFE)",
                        new Caption("Pedro Sánchez, en el Congreso de los Diputados.", "EFE"),
                        List.of("El presidente del Gobierno, Pedro Sánchez, anunció el martes un nuevo paquete de ayudas para Valencia.",
                                "Las ayudas se destinarán a comercios, agricultores y familias afectadas por la DANA."),
                        List.of(ad("Publicidad"), related("Lee también: El Gobierno aprueba nuevas ayudas"),
                                share("Compartir en WhatsApp"), comments("Comentarios (9)")),
                        "Fuente: EFE", outlet("EFE")),
                new Case("pt",
                        "Lula durante cerimônia no Palácio do Planalto. (Foto: Agência Brasil)",
                        new Caption("Lula durante cerimônia no Palácio do Planalto.", "Agência Brasil"),
                        List.of("O presidente Luiz Inácio Lula da Silva criticou nesta quinta-feira as tarifas anunciadas por Washington.",
                                "O governo estuda recorrer à Lei da Reciprocidade Econômica, sancionada em abril."),
                        List.of(ad("Publicidade"), related("Leia também: Governo anuncia plano para exportadores"),
                                share("Compartilhe no WhatsApp"), comments("Comentários (6)")),
                        "Fonte: Agência Brasil", outlet("Agência Brasil")),
                new Case("ru",
                        "Сергей Лавров на пресс-конференции в Москве. Фото: ТАСС",
                        new Caption("Сергей Лавров на пресс-конференции в Москве.", "ТАСС"),
                        List.of("Министр иностранных дел России Сергей Лавров во вторник провёл переговоры с Марко Рубио в Эр-Рияде.",
                                "Стороны договорились восстановить работу посольств в Москве и Вашингтоне."),
                        List.of(ad("Реклама"), related("Читайте также: Путин и Трамп провели телефонный разговор"),
                                share("Поделиться"), comments("Комментарии (15)")),
                        "Источник: РИА Новости", outlet("РИА Новости")),
                new Case("ar",
                        "وزير الخارجية السعودي الأمير فيصل بن فرحان خلال مؤتمر صحفي في الرياض (صورة: واس)",
                        new Caption("وزير الخارجية السعودي الأمير فيصل بن فرحان خلال مؤتمر صحفي في الرياض", "واس"),
                        List.of("استضافت الرياض يوم الثلاثاء محادثات بين وزير الخارجية الروسي ونظيره الأمريكي.",
                                "واتفق الجانبان على إعادة عمل السفارتين في موسكو وواشنطن."),
                        List.of(ad("إعلان"), related("اقرأ أيضا: قمة خليجية أمريكية في الرياض"),
                                share("شارك عبر واتساب"), comments("التعليقات (3)")),
                        "المصدر: وكالة الأنباء السعودية", outlet("وكالة الأنباء السعودية")),
                new Case("tr",
                        "Dışişleri Bakanı Hakan Fidan, İstanbul'da basın toplantısı düzenledi. (Fotoğraf: AA)",
                        new Caption("Dışişleri Bakanı Hakan Fidan, İstanbul'da basın toplantısı düzenledi.", "AA"),
                        List.of("Rusya ve Ukrayna heyetleri 16 Mayıs'ta İstanbul'da üç yıl aradan sonra ilk kez doğrudan görüştü.",
                                "Taraflar biner esirin takas edilmesi konusunda anlaştı."),
                        List.of(ad("Reklam"), related("İlgili Haberler: Fidan, Lavrov ile telefonda görüştü"),
                                share("Haberi paylaş"), comments("Yorumlar (8)")),
                        "Kaynak: Anadolu Ajansı", outlet("Anadolu Ajansı")),
                new Case("zh",
                        "4月14日，国家主席习近平抵达河内。（新华社记者 摄）",
                        new Caption("4月14日，国家主席习近平抵达河内。", "新华社记者"),
                        List.of("中国国家主席习近平4月14日抵达河内，对越南进行国事访问。",
                                "双方签署了45份合作文件，涵盖铁路、贸易和农业等领域。"),
                        List.of(ad("广告"), related("相关阅读：中越签署合作文件"),
                                share("分享到：微信 微博"), comments("评论（12）")),
                        "来源：新华网", outlet("新华网")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachPlantedLineGoesWithItsReason(Case c) {
        Article a = Cleaning.clean(c.text());
        for (Planted p : c.planted()) {
            Removal r = Cleaning.removal(a, p.line())
                    .orElseThrow(() -> new AssertionError(c.language() + ": not removed: " + p.line() + " in " + a.removed()));
            assertEquals(p.reason(), r.reason(), c.language() + ": reason for " + p.line());
        }
        assertEquals("caption", Cleaning.removal(a, c.captionLine()).map(Removal::reason).orElse(null), "caption removal");
        assertEquals("source-line", Cleaning.removal(a, c.sourceLine()).map(Removal::reason).orElse(null), "source removal");
        assertEquals(c.planted().size() + 2, a.removed().size(), "nothing else removed: " + a.removed());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void captionAndCreditMoveToCaptions(Case c) {
        Article a = Cleaning.clean(c.text());
        assertEquals(List.of(c.caption()), a.captions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sourceLineBecomesAttribution(Case c) {
        Attribution found = Cleaning.clean(c.text()).attribution();
        assertEquals(c.attribution().sourceUrl(), found.sourceUrl(), "source_url");
        assertEquals(c.attribution().sourceOutlet(), found.sourceOutlet(), "source_outlet");
        assertEquals(c.sourceLine(), found.line());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bodyParagraphsAreIntact(Case c) {
        Article a = Cleaning.clean(c.text());
        assertEquals(c.body(), Cleaning.kept(a));
        assertTrue(a.warnings().isEmpty(), "no warnings: " + a.warnings());
    }
}
