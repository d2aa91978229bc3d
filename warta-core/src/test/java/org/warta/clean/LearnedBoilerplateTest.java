package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.ExtractStage;
import org.warta.extract.PlainTextExtractor;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.pipeline.Pipeline;

/**
 * The shipped boilerplate model takes the navigation of a page saved as text out, in languages no rule was written
 * for, and keeps the headline and every paragraph of prose.
 */
class LearnedBoilerplateTest {
    record Page(String language, List<String> navigation, String headline, List<String> prose, List<String> footer) {
        String text() {
            StringBuilder b = new StringBuilder();
            navigation.forEach(n -> b.append(n).append("\n\n"));
            b.append(headline).append("\n\n");
            prose.forEach(p -> b.append(p).append("\n\n"));
            footer.forEach(f -> b.append(f).append("\n\n"));
            return b.toString();
        }
    }

    static List<Page> pages() {
        return List.of(
                new Page("English", List.of("Skip to main content", "Menu", "Search", "Latest News"),
                        "City council approves night bus service", List.of(
                        "The city council voted on Tuesday to extend the night bus service until the end of the year, after months of complaints from shift workers.",
                        "Residents had asked for the change after the last trains were cut in the spring, leaving the eastern districts without a way home after midnight.",
                        "The mayor said the cost would be met from the transport budget and that fares would not rise.",
                        "Opposition members wanted a study of the routes first, but lost the vote by two."),
                        List.of("Share this article", "Most Read", "Sign up for our newsletter")),
                new Page("Spanish", List.of("Ir al contenido", "Menú", "Buscar", "Últimas noticias"),
                        "El ayuntamiento aprueba el autobús nocturno", List.of(
                        "El pleno del ayuntamiento aprobó el martes ampliar el servicio de autobuses nocturnos hasta final de año, tras meses de quejas de los trabajadores.",
                        "Los vecinos habían pedido el cambio después de que se suprimieran los últimos trenes en primavera.",
                        "La alcaldesa dijo que el coste saldrá del presupuesto de transporte y que las tarifas no subirán.",
                        "La oposición quería primero un estudio de las rutas, pero perdió la votación por dos votos."),
                        List.of("Compartir en Facebook", "Lo más leído", "Suscríbete a nuestro boletín")),
                new Page("Indonesian", List.of("Lewati ke konten", "Menu", "Cari", "Berita Terkini"),
                        "DPRD setujui bus malam", List.of(
                        "Dewan kota pada Selasa memutuskan untuk memperpanjang layanan bus malam hingga akhir tahun, setelah berbulan-bulan keluhan dari para pekerja.",
                        "Warga meminta perubahan itu setelah kereta terakhir dihapus pada musim semi, sehingga kawasan timur tidak punya angkutan setelah tengah malam.",
                        "Wali kota mengatakan biayanya akan diambil dari anggaran transportasi dan tarif tidak akan naik.",
                        "Anggota oposisi ingin kajian rute lebih dulu, tetapi kalah dalam pemungutan suara."),
                        List.of("Bagikan artikel ini", "Terpopuler", "Berlangganan buletin kami")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void navigationGoesAndProseStays(Page page) {
        Article cleaned = Cleaning.clean(page.text());
        List<String> kept = Cleaning.kept(cleaned);
        // a statistical decision: half of the menu goes or more, none of the prose
        long learned = page.navigation().stream()
                .filter(line -> Cleaning.removal(cleaned, line).map(r -> r.reason()).orElse("kept")
                        .equals(CleanStage.LEARNED))
                .count();
        assertTrue(learned >= page.navigation().size() / 2, page.language() + ": " + kept);
        long footerLeft = page.footer().stream().filter(kept::contains).count();
        assertTrue(footerLeft <= 1, page.language() + ": " + kept);
        assertTrue(kept.contains(page.headline()), page.language() + ": the headline");
        for (String paragraph : page.prose()) {
            assertTrue(kept.contains(paragraph), page.language() + ": " + paragraph);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void withoutTheModelOnlyTheRulesDecide(Page page) {
        Pipeline rulesOnly = Pipeline.of(new ExtractStage(Map.of(RawDocument.TEXT, new PlainTextExtractor())),
                new CleanStage(CleanRules.defaults(), null));
        Article cleaned = rulesOnly.process(RawDocument.ofText(page.text()));
        assertTrue(Cleaning.kept(cleaned).containsAll(page.navigation()), page.language());
        assertTrue(cleaned.removed().stream().noneMatch(r -> r.reason().equals(CleanStage.LEARNED)));
    }
}
