package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Removal;
import org.warta.model.Source;
import org.warta.pipeline.Pipeline;

class TemplateLinesTest {
    private static List<String> page(int day, String body) {
        return List.of("Beranda | Nasional | Olahraga", "Diperbarui " + day + " Mei 2025 08:" + (10 + day), body,
                "Ikuti kami di WhatsApp");
    }

    @Test
    void aLineInManyArticlesOfOneOutletIsTemplateFromTheThirdOn() {
        TemplateLines memory = new TemplateLines();
        assertEquals(Set.of(), memory.observe("berita.example.id", page(1, "Banjir melanda tiga desa di Kalimantan Selatan.")));
        assertEquals(Set.of(), memory.observe("berita.example.id", page(2, "Harga beras naik di pasar tradisional.")));
        Set<String> third = memory.observe("berita.example.id", page(3, "Sekolah baru dibuka di Sumba Timur."));
        assertEquals(Set.of("Beranda | Nasional | Olahraga", "Diperbarui 3 Mei 2025 08:13", "Ikuti kami di WhatsApp"),
                third, "the dated line recurs with other digits");
        assertEquals(Set.of(), memory.observe("lain.example.id", page(4, "Gempa kecil terasa di Lombok.")),
                "another outlet has its own memory");
    }

    @Test
    void aNearCopyKeepsTheLinesItSharesWithTheOthers() {
        Pipeline pipeline = Pipelines.standard(WartaOptions.defaults(), new TemplateLines());
        Article last = null;
        for (String place : List.of("Banjar", "Tapin", "Tabalong")) {
            String text = "Beranda | Nasional\n"
                    + "Banjir melanda belasan desa di Kalimantan Selatan setelah hujan deras turun sepanjang malam kemarin.\n"
                    + "Petugas setempat mengatakan ratusan rumah terendam dan jalan utama tidak bisa dilalui kendaraan.\n"
                    + "Warga " + place + " mengungsi.";
            last = pipeline.process(new RawDocument(text, RawDocument.TEXT,
                    new Source(null, "https://berita.example.id/n/" + place, "text", null), Hints.NONE));
        }
        assertTrue(last.removed().isEmpty(), "more than half of it is shared: a copy, not a template " + last.removed());
    }

    @Test
    void aPageCapturedAgainCountsOnce() {
        TemplateLines memory = new TemplateLines();
        List<String> same = page(1, "Banjir melanda tiga desa di Kalimantan Selatan.");
        for (int i = 0; i < 5; i++) {
            assertEquals(Set.of(), memory.observe("berita.example.id", same), "capture " + i);
        }
    }

    @Test
    void aLineInFewOfAnOutletsArticlesIsNotTemplate() {
        TemplateLines memory = new TemplateLines();
        String background = "Perang dimulai pada Februari 2022.";
        for (int i = 0; i < 20; i++) {
            List<String> lines = i % 6 == 0 ? List.of("Berita nomor " + (char) ('a' + i), background)
                    : List.of("Berita nomor " + (char) ('a' + i));
            Set<String> template = memory.observe("berita.example.id", lines);
            assertTrue(!template.contains(background) || i < 13, "a background line in 4 of 20 articles: " + i);
        }
        assertEquals(Set.of(), memory.observe("berita.example.id", List.of("Berita akhir", background)));
    }

    @Test
    void longLinesAreNeverTemplate() {
        TemplateLines memory = new TemplateLines();
        String prose = "Kalimat panjang ".repeat(20);
        for (int i = 0; i < 4; i++) {
            assertEquals(Set.of(), memory.observe("berita.example.id", List.of("Judul " + (char) ('a' + i), prose)));
        }
    }

    @Test
    void theStageTakesTheLinesOutWithTheirReason() {
        Pipeline pipeline = Pipelines.standard(WartaOptions.defaults(), new TemplateLines());
        Article last = null;
        List<String> places = List.of("Banjar", "Tapin", "Tabalong");
        for (int day = 1; day <= 3; day++) {
            String text = String.join("\n", page(day, "Banjir melanda desa di " + places.get(day - 1)
                    + ", Kalimantan Selatan, setelah hujan deras sepanjang malam, kata petugas setempat."));
            last = pipeline.process(new RawDocument(text, RawDocument.TEXT,
                    new Source(null, "https://berita.example.id/n/" + day, "text", null), Hints.NONE));
        }
        List<String> template = last.removed().stream().filter(r -> r.reason().equals(TemplateStage.REASON))
                .map(Removal::text).toList();
        assertTrue(template.contains("Beranda | Nasional | Olahraga"), last.removed().toString());
        assertTrue(last.text().startsWith("Banjir melanda desa di Tabalong"), last.text());
        assertTrue(!last.text().contains("Beranda"), last.text());
    }
}
