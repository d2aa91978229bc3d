package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Boosted trees trained on small pages written for the test: they learn, are reproducible, and read back exactly. */
class BoilerplateModelTest {
    private static final String[] PROSE = {
        "The council voted on Tuesday to extend the night bus service until the end of the year.",
        "Residents had asked for the change after the last trains were cut in the spring.",
        "The mayor said the cost would be met from the transport budget without new fares.",
        "Opposition members wanted a study of the routes first, but lost the vote by two.",
    };
    private static final String[] MENU = {"Home", "News", "Sport", "Weather", "Sign in", "Subscribe", "Contact us"};

    private static List<BoilerplateTraining.Labelled> pages(int count) {
        List<BoilerplateTraining.Labelled> pages = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<String> lines = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                lines.add(MENU[(p + m) % MENU.length]);
                labels.add(true);
            }
            for (int i = 0; i < PROSE.length; i++) {
                lines.add(PROSE[(p + i) % PROSE.length]);
                labels.add(false);
            }
            lines.add(MENU[(p + 4) % MENU.length]);
            labels.add(true);
            boolean[] b = new boolean[labels.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = labels.get(i);
            }
            pages.add(new BoilerplateTraining.Labelled("page-" + p, lines, b, LineFeatures.of(lines, null)));
        }
        return pages;
    }

    private static BoilerplateModel trainOn(List<BoilerplateTraining.Labelled> pages) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (BoilerplateTraining.Labelled p : pages) {
            for (int i = 0; i < p.lines().size(); i++) {
                x.add(p.features()[i]);
                y.add(p.boilerplate()[i]);
            }
        }
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        return BoilerplateModel.train(x, labels, LineFeatures.NAMES,
                new BoilerplateModel.Settings(20, 3, 0.3, 1.0, 1.0));
    }

    @Test
    void treesSeparateMenusFromProse() {
        BoilerplateModel model = trainOn(pages(30));
        List<String> unseen = List.of("Markets", "Podcasts", PROSE[0], PROSE[2], "Newsletters");
        double[][] f = LineFeatures.of(unseen, null);
        assertTrue(model.probability(f[0]) > 0.8, "a menu line before the text");
        assertTrue(model.probability(f[2]) < 0.2, "prose");
        assertTrue(model.probability(f[3]) < 0.2, "prose");
    }

    @Test
    void theSameDataGivesTheSameModel() throws IOException {
        assertArrayEquals(bytes(trainOn(pages(20))), bytes(trainOn(pages(20))));
    }

    @Test
    void aWrittenModelReadsBackWithTheSameScores() throws IOException {
        BoilerplateModel model = trainOn(pages(20)).withThreshold(0.75);
        BoilerplateModel read;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes(model)))) {
            read = BoilerplateModel.read(in);
        }
        assertEquals(0.75, read.threshold());
        for (double[] f : LineFeatures.of(List.of("Weather", PROSE[1], "Sign in"), null)) {
            assertEquals(model.probability(f), read.probability(f), 1e-4);
        }
    }

    @Test
    void theShippedModelLoads() {
        BoilerplateModel model = BoilerplateModel.defaults();
        assertNotNull(model);
        assertEquals(LineFeatures.NAMES, model.names());
        assertTrue(model.threshold() >= 0.5 && model.threshold() < 1);
    }

    private static byte[] bytes(BoilerplateModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
