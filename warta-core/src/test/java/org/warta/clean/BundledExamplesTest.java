package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.Warta;
import org.warta.model.Article;
import org.warta.model.Caption;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Removal;
import org.warta.model.Source;
import org.warta.testing.Fixtures;

/**
 * Every article bundled in {@code examples/} through the whole pipeline: no failure, a clean text in the language its
 * file name starts with, every boilerplate line planted in it removed for the right reason, and no spacing slip
 * left behind.
 */
class BundledExamplesTest {
    /** A slip the text stage repairs: a space before a comma or full stop that ends a word. */
    private static final Pattern SLIP = Pattern.compile("\\p{L} [,.](\\s|$)");
    private static final int BUNDLED_TEXT_FILES = 15;

    /** What was planted in one example: its headline (null when it has none), credit, source, boilerplate. */
    record Planted(String file, String headline, String credit, String outlet, List<Removal> boilerplate) {
        @Override
        public String toString() {
            return file;
        }
    }

    private static Removal r(String reason, String line) {
        return new Removal(line, reason);
    }

    private static final Map<String, Planted> PLANTED = Stream.of(
            new Planted("ar-trump-riyadh-syria.txt", null, "رويترز", "رويترز", List.of(
                    r("ad-placeholder", "إعلان"),
                    r("related-link", "اقرأ أيضا: قمة خليجية أمريكية في الرياض تبحث أمن المنطقة"),
                    r("source-line", "المصدر: رويترز"),
                    r("comment-counter", "التعليقات (3)"),
                    r("share-prompt", "شارك المقال"))),
            new Planted("de-merz-kanzlerwahl.txt", "Merz im zweiten Wahlgang zum Bundeskanzler gewählt", "dpa", "dpa", List.of(
                    r("ad-placeholder", "Anzeige"),
                    r("related-link", "Lesen Sie auch: Die wichtigsten Vorhaben des Koalitionsvertrags"),
                    r("source-line", "Quelle: dpa"),
                    r("comment-counter", "Kommentare (7)"),
                    r("share-prompt", "Artikel teilen"))),
            new Planted("en-us-uk-trade-deal.txt", "US and UK agree first trade deal of Trump's tariff era", "Reuters", "Reuters", List.of(
                    r("ad-placeholder", "ADVERTISEMENT"),
                    r("ad-placeholder", "[ad_2]"),
                    r("related-link", "Read more: What the US tariffs mean for Asian exporters"),
                    r("source-line", "Source: Reuters"),
                    r("comment-counter", "Comments (5)"),
                    r("share-prompt", "Share this article"))),
            new Planted("es-dana-valencia.txt", null, "EFE", "EFE", List.of(
                    r("ad-placeholder", "Publicidad"),
                    r("related-link", "Lee también: El Gobierno aprueba un paquete de ayudas de 10.600 millones de euros"),
                    r("source-line", "Fuente: EFE"),
                    r("comment-counter", "Comentarios (9)"),
                    r("share-prompt", "Compartir en Facebook Twitter WhatsApp"))),
            new Planted("fr-algerie-expulsions.txt", "Paris expulse douze agents algériens en riposte à Alger", "AFP", "AFP", List.of(
                    r("ad-placeholder", "Publicité"),
                    r("related-link", "Lire aussi : Jean-Noël Barrot à Alger pour relancer le dialogue"),
                    r("source-line", "Source : AFP"),
                    r("comment-counter", "Commentaires (4)"),
                    r("share-prompt", "Partager cet article"))),
            new Planted("id-asean-summit.txt", "Timor-Leste Resmi Jadi Anggota Ke-11 ASEAN di Kuala Lumpur", "Antara", "kabar-asean.example", List.of(
                    r("ad-placeholder", "[iklan_1]"),
                    r("related-link", "Baca juga: Prabowo dan Anwar Ibrahim Bahas Batas Laut di Sulawesi"),
                    r("source-line", "Sumber: https://www.kabar-asean.example/internasional/timor-leste-resmi-jadi-anggota-asean-2025-10-26"),
                    r("comment-counter", "Komentar (3)"),
                    r("share-prompt", "Bagikan artikel ini"))),
            new Planted("id-prabowo-xi.txt", null, "ANTARA FOTO/Biro Pers Sekretariat Presiden", "Antara", List.of(
                    r("ad-placeholder", "SCROLL TO CONTINUE WITH CONTENT"),
                    r("related-link", "Baca juga: Prabowo Lanjutkan Lawatan ke Washington untuk Bertemu Joe Biden"),
                    r("byline", "Pewarta: Tim Internasional"),
                    r("source-line", "Dikutip dari: Antara"),
                    r("comment-counter", "Tulis komentar"))),
            new Planted("ms-lawatan-xi.txt", "Malaysia dan China Meterai 31 Perjanjian Kerjasama Semasa Lawatan Xi Jinping", "BERNAMA", "Bernama", List.of(
                    r("ad-placeholder", "IKLAN"),
                    r("related-link", "Baca juga: Anwar: Malaysia kekal berkecuali dalam persaingan kuasa besar"),
                    r("share-prompt", "Kongsi artikel ini:"),
                    r("source-line", "Sumber: Bernama"),
                    r("comment-counter", "Komen (2)"))),
            new Planted("ms-zon-ekonomi-johor.txt", null, "Bernama", "berita-semenanjung.example", List.of(
                    r("ad-placeholder", "[iklan_3]"),
                    r("related-link", "Berita berkaitan: Sistem Transit Aliran Johor Bahru-Singapura dijangka beroperasi akhir 2026"),
                    r("reader-prompt", "Ikuti kami di saluran Telegram dan WhatsApp untuk berita terkini"),
                    r("share-prompt", "Kongsi ke Facebook WhatsApp"),
                    r("source-line", "Sumber: https://www.berita-semenanjung.example/ekonomi/malaysia-singapura-meterai-perjanjian-js-sez"),
                    r("comment-counter", "5 komen"))),
            new Planted("pt-tarifas-eua-brasil.txt", null, "Agência Brasil", "Agência Brasil", List.of(
                    r("ad-placeholder", "Publicidade"),
                    r("related-link", "Leia também: Governo prepara plano de socorro para exportadores atingidos"),
                    r("source-line", "Fonte: Agência Brasil"),
                    r("comment-counter", "6 comentários"),
                    r("share-prompt", "Compartilhe esta notícia"))),
            new Planted("ru-lavrov-rubio-riyadh.txt", "Лавров и Рубио провели в Эр-Рияде первые за три года переговоры", "РИА Новости", "ТАСС", List.of(
                    r("ad-placeholder", "Реклама"),
                    r("related-link", "Читайте также: Путин и Трамп провели телефонный разговор 12 февраля"),
                    r("source-line", "Источник: ТАСС"),
                    r("comment-counter", "Комментарии (15)"),
                    r("share-prompt", "Поделиться"))),
            new Planted("tr-istanbul-muzakereleri.txt", "Rusya ile Ukrayna üç yıl sonra İstanbul'da doğrudan masaya oturdu", "AA", "AA", List.of(
                    r("ad-placeholder", "Reklam"),
                    r("related-link", "İlgili Haberler: Erdoğan, Zelenskiy'yi Ankara'da kabul etti"),
                    r("source-line", "Kaynak: AA"),
                    r("comment-counter", "Yorumlar (8)"),
                    r("share-prompt", "Haberi paylaş"))),
            new Planted("vi-bao-yagi.txt", null, "VGP", "TTXVN", List.of(
                    r("ad-placeholder", "[quangcao]"),
                    r("related-link", "Tin liên quan: Hà Nội sơ tán dân ven sông Hồng khi nước lên nhanh"),
                    r("source-line", "Theo TTXVN"),
                    r("comment-counter", "24 bình luận"))),
            new Planted("vi-tap-can-binh-tham-viet-nam.txt", "Việt Nam và Trung Quốc ký 45 văn kiện hợp tác trong chuyến thăm của ông Tập Cận Bình", "TTXVN", "VnExpress", List.of(
                    r("ad-placeholder", "Quảng cáo"),
                    r("related-link", "Xem thêm: Thủ tướng Phạm Minh Chính tiếp lãnh đạo các tập đoàn Trung Quốc"),
                    r("share-prompt", "Chia sẻ bài viết:"),
                    r("source-line", "Nguồn: VnExpress"),
                    r("comment-counter", "Bình luận (12)"))),
            new Planted("zh-zhongmei-rineiwa.txt", "中美日内瓦经贸会谈达成共识 双方大幅降低加征关税", "新华社记者", "新华社", List.of(
                    r("ad-placeholder", "广告"),
                    r("related-link", "相关阅读：中方回应美方对华加征关税问题"),
                    r("source-line", "来源：新华社"),
                    r("comment-counter", "评论（12）"),
                    r("share-prompt", "分享到：微信 微博 QQ空间")))
    ).collect(java.util.stream.Collectors.toMap(Planted::file, p -> p));

    static Stream<Planted> planted() {
        return PLANTED.values().stream().sorted(java.util.Comparator.comparing(Planted::file));
    }

    private static final Map<Path, Article> PROCESSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each file is processed once and its result shared by the tests that look at it. */
    private static Article process(Path file) {
        return PROCESSED.computeIfAbsent(file, BundledExamplesTest::read);
    }

    private static Article read(Path file) {
        try {
            return Warta.process(new RawDocument(Files.readString(file, StandardCharsets.UTF_8), RawDocument.TEXT,
                    Source.ofText(file.toString()), Hints.NONE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "id-asean-summit.txt" is Indonesian: the language is the file name's prefix. */
    private static String languageOf(String fileName) {
        return fileName.substring(0, fileName.indexOf('-'));
    }

    @Test
    void everyBundledTextFileIsDescribedHere() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Fixtures.examples())) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().forEach(files::add);
        }
        assertEquals(BUNDLED_TEXT_FILES, files.size(), files.toString());
        assertEquals(PLANTED.keySet().stream().sorted().toList(), files);
        assertTrue(files.stream().map(BundledExamplesTest::languageOf).distinct().count() >= 10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planted")
    void processedInTheLanguageOfItsFileName(Planted p) {
        Article a = process(Fixtures.examples().resolve(p.file()));
        assertTrue(a.warnings().stream().noneMatch(w -> w.code().equals("stage-failed")), a.warnings().toString());
        assertNotNull(a.text());
        assertFalse(a.text().isBlank());
        assertEquals(languageOf(p.file()), a.language().code(), "candidates " + a.language().candidates());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planted")
    void everyPlantedLineIsRemovedForItsReason(Planted p) {
        Article a = process(Fixtures.examples().resolve(p.file()));
        for (Removal wanted : p.boilerplate()) {
            assertTrue(a.removed().contains(wanted), "not removed as " + wanted + "; removed: " + a.removed());
            assertFalse(a.text().contains(wanted.text()), "still in the text: " + wanted.text());
        }
        assertEquals(p.boilerplate().size() + 1, a.removed().size(), "the boilerplate and one caption: " + a.removed());
        List<Caption> captions = a.captions();
        assertEquals(1, captions.size(), captions.toString());
        assertEquals(p.credit(), captions.get(0).credit());
        assertEquals(p.outlet(), a.attribution().sourceOutlet());
        assertFalse(SLIP.matcher(a.text()).find(), "a spacing slip is left in " + a.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planted")
    void headlineBecomesTheTitle(Planted p) {
        Article a = process(Fixtures.examples().resolve(p.file()));
        if (p.headline() != null) {
            assertEquals(p.headline(), a.metadata().title());
            assertFalse(a.metadata().titleDerived());
            assertFalse(a.text().startsWith(p.headline()), "the headline left the body");
        } else {
            assertTrue(a.metadata().titleDerived(), "no headline in the file, so the title is derived");
        }
    }

    @Test
    void feedRecordsCarryTheirTitleAndUrl() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path feeds = Fixtures.examples().resolve("feeds.jsonl");
        List<String> lines = Files.readAllLines(feeds, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode rec = json.readTree(lines.get(i));
            for (String field : List.of("id", "title", "url", "published", "text")) {
                assertTrue(rec.path(field).isTextual(), "line " + (i + 1) + " lacks " + field);
            }
            RawDocument raw = new RawDocument(rec.path("text").asText(), RawDocument.TEXT,
                    new Source(feeds.toString(), rec.path("url").asText(), "jsonl", "line " + (i + 1)),
                    new Hints(rec.path("id").asText(), rec.path("title").asText(), rec.path("published").asText(),
                            null, null, null, null, null));
            Article a = Warta.process(raw);
            String id = rec.path("id").asText();
            // "feed-id-brics" is Indonesian: the language is the second part of the record id
            assertEquals(id.split("-")[1], a.language().code(), id);
            assertEquals(rec.path("title").asText(), a.metadata().title(), id);
            assertEquals(rec.path("url").asText(), a.metadata().url(), id);
            assertEquals(rec.path("published").asText(), a.metadata().published(), id);
            assertEquals(4, a.removed().size(), id + ": ad, related link, source line, comment counter: " + a.removed());
            assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("ad-placeholder")), id);
            assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("related-link")), id);
            assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("source-line")), id);
            assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("comment-counter")), id);
            assertFalse(a.attribution().isEmpty(), id);
            assertFalse(SLIP.matcher(a.text()).find(), id + ": a spacing slip is left");
        }
    }
}
