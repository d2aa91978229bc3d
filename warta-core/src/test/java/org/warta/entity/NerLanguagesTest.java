package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/** The tagger beyond Indonesian: data sets with bare types per token or in CoNLL-U, the Swedish and Norwegian models. */
class NerLanguagesTest {
    /** Swedish sentences written for the tests, a bare type per token ("PER", "0" outside), one line space-separated. */
    private static List<NerDataset.Sentence> swedish() throws IOException {
        return read("ner-sv-io.txt");
    }

    private static List<NerDataset.Sentence> read(String resource) throws IOException {
        try {
            return NerDataset.read(Path.of(NerLanguagesTest.class.getResource(resource).toURI()),
                    NerDataset.KNOWN_TYPES);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsConlluWithTheTagInTheLastColumn() throws IOException {
        // Norwegian sentences written for the test, laid out as NorNE is: comments, ten columns, name=B-PER.
        List<NerDataset.Sentence> s = read("ner-nb-conllu.txt");
        assertEquals(2, s.size());
        assertEquals(List.of("Ordfører", "Kari", "Nordmann", "åpnet"), s.get(0).tokens().subList(0, 4));
        assertEquals(List.of(new NerDataset.Span("PERSON", 1, 3), new NerDataset.Span("PLACE", 8, 9)),
                NerDataset.spans(s.get(0).tags()), "GPE_LOC is a place");
        assertEquals(List.of(new NerDataset.Span("ORG", 0, 1)), NerDataset.spans(s.get(1).tags()),
                "a product has no Warta type");
    }

    @Test
    void readsBareTypesAsNamesOfConsecutiveTokens() throws IOException {
        List<NerDataset.Sentence> s = swedish();
        assertEquals(4, s.size());
        assertEquals(List.of(new NerDataset.Span("PERSON", 1, 3), new NerDataset.Span("PLACE", 4, 5),
                new NerDataset.Span("ORG", 7, 9)), NerDataset.spans(s.get(0).tags()));
        assertEquals(List.of("B-PERSON", "I-PERSON"), s.get(0).tags().subList(1, 3));
        assertEquals(List.of("Enligt", "Volvo", "ska"), s.get(1).tokens().subList(0, 3), "a space-separated line");
        assertEquals(List.of(new NerDataset.Span("ORG", 1, 2), new NerDataset.Span("PLACE", 5, 6)),
                NerDataset.spans(s.get(1).tags()));
        assertEquals(List.of(new NerDataset.Span("PERSON", 2, 5), new NerDataset.Span("PERSON", 6, 8)),
                NerDataset.spans(s.get(2).tags()));
        assertEquals(List.of(new NerDataset.Span("PLACE", 5, 6)), NerDataset.spans(s.get(3).tags()),
                "MISC has no Warta type");
    }

    @Test
    void trainingIsReproducibleByteForByte() throws IOException {
        List<NerDataset.Sentence> s = swedish();
        KnowledgeBase kb = KnowledgeBase.builtIn();
        NerTraining.Settings settings = new NerTraining.Settings(3, 1, 5);
        assertArrayEquals(bytes(NerTraining.train(s, "sv", kb, settings, null)),
                bytes(NerTraining.train(s, "sv", kb, settings, null)));
    }

    private static byte[] bytes(NerModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void shippedSwedishModelFindsNamesNoRuleKnows() {
        EntityRecognizer recognizer = new EntityRecognizer(KnowledgeBase.builtIn());
        assertTrue(recognizer.language("sv").model() != null, "Swedish is tagged by its own model");
        String text = "Kommunalrådet Lena Sjöberg i Västerås kritiserade beslutet, sade Magnus Ek till "
                + "Dagens Nyheter på onsdagen.";
        List<Entity> es = recognizer.recognise(text, List.of(new Sentence(0, text.length(), 0)), "sv");
        assertTrue(es.stream().anyMatch(e -> e.type() == Entity.Type.PERSON && e.text().equals("Lena Sjöberg")),
                es.toString());
        assertTrue(es.stream().anyMatch(e -> e.type() == Entity.Type.PERSON && e.text().equals("Magnus Ek")),
                es.toString());
        assertTrue(es.stream().anyMatch(e -> e.text().equals("Västerås") && e.type() == Entity.Type.GPE),
                es.toString());
    }

    @Test
    void norwegianIsTaggedByTheBokmalModelInBothWrittenForms() {
        EntityRecognizer recognizer = new EntityRecognizer(KnowledgeBase.builtIn());
        String bokmal = "Fylkesordfører Ingrid Solberg sa til Aftenposten at fergen fra Bodø blir innstilt.";
        List<Entity> es = recognizer.recognise(bokmal, List.of(new Sentence(0, bokmal.length(), 0)), "nb");
        assertTrue(es.stream().anyMatch(e -> e.type() == Entity.Type.PERSON && e.text().equals("Ingrid Solberg")),
                es.toString());
        assertTrue(es.stream().anyMatch(e -> e.text().equals("Bodø") && e.type() == Entity.Type.GPE), es.toString());
        assertTrue(recognizer.language("nn").model() == recognizer.language("nb").model(),
                "Nynorsk reads the Bokmål model");
    }
}
