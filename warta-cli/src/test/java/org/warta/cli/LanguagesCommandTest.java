package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.lang.LanguageData;

/** {@code warta languages}: every language identified, and what its pack holds for each stage. */
class LanguagesCommandTest {
    @Test
    void theTableListsEveryPackWithItsStages() {
        CliRun run = CliRun.of("languages");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of("code", "name", "script", "segmentation", "extract", "clean", "langid", "time",
                "entities", "ner", "events", "roots", "index"), Arrays.asList(lines.get(0).split("\\s+")));
        List<String> codes = new ArrayList<>();
        lines.subList(1, lines.size()).forEach(l -> codes.add(l.split("\\s+")[0]));
        assertEquals(LanguageData.languages(), codes);
        assertTrue(codes.containsAll(List.of("id", "ms", "vi", "en", "fr", "de", "es", "pt", "ru", "ar", "tr", "zh")));
        String fr = row(lines, "fr");
        assertTrue(fr.matches("fr\\s+French\\s+Latin\\s+spaced\\s+\\d+.*FrenchAnalyzer"), fr);
        String zh = row(lines, "zh");
        assertTrue(zh.matches("zh\\s+Chinese\\s+Han\\s+dictionary\\s.*\\sicu"), zh);
        // Portuguese codes events in all twenty CAMEO roots, Indonesian has a model
        assertTrue(row(lines, "pt").matches(".*\\s\\d+\\s+20\\s+PortugueseAnalyzer"), row(lines, "pt"));
        assertTrue(row(lines, "id").matches(".*\\s\\d+kB\\s.*"), row(lines, "id"));
    }

    @Test
    void allAddsTheLanguagesIdentifiedWithoutAPack() {
        CliRun run = CliRun.of("languages", "--all");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.size() > 70, "Lingua's 75 languages and a header: " + lines.size());
        // no pack: the events stage codes with the multilingual fallback's roots
        assertTrue(row(lines, "yo").matches("yo\\s+Yoruba\\s+-\\s+-(\\s+-){7}\\s+\\d+\\*\\s+icu"), row(lines, "yo"));
        assertTrue(row(lines, "bs").matches("bs\\s+Bosnian\\s+-\\s+-\\s+-\\s+-\\s+\\d+\\s.*"), row(lines, "bs"));
        int lastPack = lines.indexOf(row(lines, LanguageData.languages().get(LanguageData.languages().size() - 1)));
        assertTrue(lines.indexOf(row(lines, "af")) > lastPack, "the packs come first");
    }

    @Test
    void jsonAndFilesGiveEveryFileWithItsSize() throws Exception {
        CliRun run = CliRun.of("languages", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode all = new ObjectMapper().readTree(run.out());
        JsonNode id = all.get(LanguageData.languages().indexOf("id"));
        assertEquals("id", id.get("code").asText());
        assertEquals("bytes", id.at("/stages/ner/ner.model.gz/unit").asText());
        assertTrue(id.at("/stages/time/time.tsv/amount").asInt() > 10);
        assertEquals("spaced", id.get("segmentation").asText());

        CliRun files = CliRun.of("languages", "--files");
        assertEquals(0, files.status(), files.err());
        List<String> lines = files.out().lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.split("\t").length == 5), lines.toString());
        assertTrue(lines.contains("id\ttime\ttime.tsv\t" + id.at("/stages/time/time.tsv/amount").asInt() + "\tlines"));
    }

    @Test
    void helpAndUsageErrors() {
        CliRun help = CliRun.of("languages", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--all"), help.out());
        assertEquals(2, CliRun.of("languages", "--no-such-option").status());
    }

    private static String row(List<String> lines, String code) {
        return lines.stream().filter(l -> l.startsWith(code + " ")).findFirst().orElse("(no row for " + code + ")");
    }
}
