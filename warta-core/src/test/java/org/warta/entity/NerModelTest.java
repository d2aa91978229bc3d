package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

class NerModelTest {
    private static final Path NERGRIT = Path.of(System.getProperty("warta.shared", "../shared"),
            "ner", "indonlu", "nergrit_ner-grit");

    @Test
    void readsIndonluWithMappedTypesAndGoldOnTheTestSplit() throws IOException {
        List<NerDataset.Sentence> test = NerDataset.read(NERGRIT.resolve("test_preprocess.txt"),
                NerDataset.INDONLU_TYPES);
        assertEquals(209, test.size());
        assertTrue(NerDataset.labelled(test), "the NERGrit test split carries gold labels");
        assertEquals(List.of(new NerDataset.Span("PERSON", 0, 2)), NerDataset.spans(test.get(0).tags()).subList(0, 1));
        assertEquals("ORG", NerDataset.spans(test.get(0).tags()).get(1).type());
    }

    @Test
    void trainsSavesLoadsAndTags() throws IOException {
        List<NerDataset.Sentence> train = NerDataset.read(NERGRIT.resolve("train_preprocess.txt"),
                NerDataset.INDONLU_TYPES).subList(0, 300);
        KnowledgeBase kb = KnowledgeBase.builtIn();
        NerModel model = NerTraining.train(train, "id", kb, new NerTraining.Settings(4, 1, 1), null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        NerModel loaded = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(model.features(), loaded.features());

        // The sentences it learned from come back with their entities.
        EntityRecognizer recognizer = NerEvaluation.withModel(kb, "id", loaded);
        NerEvaluation.Result seen = NerEvaluation.evaluate(recognizer, train.subList(0, 100), "id");
        assertTrue(seen.overall().f1() > 0.8, "F1 on training sentences " + seen.overall().f1());
    }

    @Test
    void shippedIndonesianModelFindsUnknownNames() {
        EntityRecognizer recognizer = new EntityRecognizer(KnowledgeBase.builtIn());
        String text = "Bupati Sleman Kustini Sri Purnomo meresmikan Pasar Prambanan bersama warga Desa Sumberharjo.";
        List<Entity> es = recognizer.recognise(text, List.of(new Sentence(0, text.length(), 0)), "id");
        assertTrue(es.stream().anyMatch(e -> e.type() == Entity.Type.PERSON && e.text().contains("Kustini")
                && "regent".equals(e.role())), es.toString());
        assertTrue(es.stream().anyMatch(e -> e.text().equals("Sleman") && e.type() == Entity.Type.GPE), es.toString());
    }
}
