package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.extract.ExtractStage;
import org.warta.extract.PlainTextExtractor;
import org.warta.extract.html.HtmlExtractor;
import org.warta.model.Hints;
import org.warta.model.Source;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.pipeline.Pipeline;

/**
 * What the clean stage keeps whatever the model says: with a model that calls every line boilerplate, prose, long
 * lines and a headline that starts the text stay, and only the other short lines go, with the learned reason.
 */
class LearnedRemovalGuardsTest {
    private static final BoilerplateModel EVERYTHING = new BoilerplateModel(LineFeatures.NAMES,
            new double[LineFeatures.NAMES.size()][0], List.of(), 0, 0.0);
    private static final Pipeline PIPELINE = Pipeline.of(
            new ExtractStage(Map.of(RawDocument.TEXT, new PlainTextExtractor(), RawDocument.HTML, new HtmlExtractor())),
            new CleanStage(CleanRules.defaults(), EVERYTHING));

    @Test
    void proseAndTheLeadingHeadlineStay() {
        String headline = "Storm closes schools across the region";
        String prose = "Schools across the region stayed closed on Monday and most trains were cancelled as the storm "
                + "brought winds of more than 100 km an hour.";
        String longLine = "Schools, trains, ferries, flights, " + "roads and bridges ".repeat(14);
        String text = String.join("\n\n", headline, prose, "Weather", longLine.strip(), "Markets") + "\n";
        Article a = PIPELINE.process(RawDocument.ofText(text));
        assertEquals(List.of(headline, prose, longLine.strip()), Cleaning.kept(a));
        assertEquals(List.of("Weather", "Markets"), a.removed().stream()
                .filter(r -> r.reason().equals(CleanStage.LEARNED)).map(r -> r.text()).toList());
    }

    @Test
    void headingsOfThePageMainTextStay() {
        String prose = "<p>Schools across the region stayed closed on Monday and most trains were cancelled as the "
                + "storm brought winds of more than 100 km an hour, the weather service said.</p>";
        String html = "<html><body><article><h1>Storm closes schools</h1>" + prose + "<h2>What comes next</h2>"
                + prose.replace("Monday", "Tuesday") + "<p>Markets</p>" + prose.replace("Monday", "Friday")
                + "</article></body></html>";
        Article a = PIPELINE.process(new RawDocument(html, RawDocument.HTML, new Source(null, null, "html", null),
                Hints.NONE));
        List<String> kept = Cleaning.kept(a);
        assertEquals(true, kept.contains("What comes next"), kept.toString());
        assertEquals(false, kept.contains("Markets"), kept.toString());
    }
}
