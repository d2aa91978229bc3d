package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

class NerModelTest {
    private static final String NERGRIT = "ner/indonlu/nergrit_ner-grit/";

    /** Indonesian sentences written for the tests, one token and its BIO tag a line, in IndoNLU's format. */
    private static List<NerDataset.Sentence> ownSentences() throws IOException {
        try {
            return NerDataset.read(Path.of(NerModelTest.class.getResource("ner-id-bio.txt").toURI()),
                    NerDataset.INDONLU_TYPES);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheIndonluFormatWithMappedTypes() throws IOException {
        List<NerDataset.Sentence> sentences = ownSentences();
        assertEquals(46, sentences.size());
        assertTrue(NerDataset.labelled(sentences));
        assertEquals(List.of("Gubernur", "Jawa", "Tengah", "Ahmad", "Luthfi"), sentences.get(0).tokens().subList(0, 5));
        assertEquals(List.of(new NerDataset.Span("PLACE", 1, 3), new NerDataset.Span("PERSON", 3, 5),
                new NerDataset.Span("PLACE", 8, 10)), NerDataset.spans(sentences.get(0).tags()));
        assertEquals("ORG", NerDataset.spans(sentences.get(1).tags()).get(1).type(), "ORGANISATION is mapped to ORG");
        assertEquals(List.of(), NerDataset.spans(sentences.get(45).tags()), "a sentence without a name");
    }

    @Test
    @SharedData(NERGRIT + "test_preprocess.txt")
    void readsIndonluWithMappedTypesAndGoldOnTheTestSplit() throws IOException {
        List<NerDataset.Sentence> test = NerDataset.read(Shared.path(NERGRIT + "test_preprocess.txt"),
                NerDataset.INDONLU_TYPES);
        assertEquals(209, test.size());
        assertTrue(NerDataset.labelled(test), "the NERGrit test split carries gold labels");
        assertEquals(List.of(new NerDataset.Span("PERSON", 0, 2)), NerDataset.spans(test.get(0).tags()).subList(0, 1));
        assertEquals("ORG", NerDataset.spans(test.get(0).tags()).get(1).type());
    }

    @Test
    void trainsSavesLoadsAndTags() throws IOException {
        List<NerDataset.Sentence> train = ownSentences();
        assertTrainsSavesLoadsAndTags(train, train);
    }

    @Test
    @SharedData(NERGRIT + "train_preprocess.txt")
    void trainsSavesLoadsAndTagsOnNergrit() throws IOException {
        List<NerDataset.Sentence> train = NerDataset.read(Shared.path(NERGRIT + "train_preprocess.txt"),
                NerDataset.INDONLU_TYPES).subList(0, 300);
        assertTrainsSavesLoadsAndTags(train, train.subList(0, 100));
    }

    private static void assertTrainsSavesLoadsAndTags(List<NerDataset.Sentence> train, List<NerDataset.Sentence> seenBefore)
            throws IOException {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        NerModel model = NerTraining.train(train, "id", kb, new NerTraining.Settings(4, 1, 1), null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        NerModel loaded = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(model.features(), loaded.features());

        // The sentences it learned from come back with their entities.
        EntityRecognizer recognizer = NerEvaluation.withModel(kb, "id", loaded);
        NerEvaluation.Result seen = NerEvaluation.evaluate(recognizer, seenBefore, "id");
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
