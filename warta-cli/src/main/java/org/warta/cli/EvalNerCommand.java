package org.warta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warta.entity.EntityRecognizer;
import org.warta.entity.NerDataset;
import org.warta.entity.NerEvaluation;
import org.warta.entity.NerModel;
import org.warta.entity.NerTraining;
import org.warta.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {
                "Entity recognition: exact-span precision, recall and F1 per type and overall on an IndoNLU set "
                        + "(nergrit_ner-grit or nerp_ner-prosa), test split by default, or on one file of "
                        + "token<TAB>tag lines (BIO tags or bare types: PER, ORG, LOC, MISC).",
                "Types: PERSON (PER); ORG (NERGrit ORGANISATION, NER-P IND); PLACE (NERGrit PLACE, NER-P PLC, LOC, "
                        + "GPE) against Warta's GPE and LOC merged. NER-P's EVT and FNB and MISC have no Warta type and "
                        + "are left out.",
                "A test split without gold labels is reported and the validation split is used instead."
        })
final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--dataset", paramLabel = "DIR", required = true,
            description = "Folder with train_preprocess.txt, valid_preprocess.txt, test_preprocess.txt, or one file "
                    + "to score whole.")
    Path dataset;

    @Option(names = "--split", paramLabel = "NAME", defaultValue = "test",
            description = "test or valid (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--language", paramLabel = "CODE", defaultValue = "id", description = "Language of the set.")
    String language;

    @Option(names = "--model", paramLabel = "FILE", description = "Evaluate this model file instead of the shipped one.")
    Path model;

    @Option(names = "--train", description = "Train a model on the set's training split first and evaluate that.")
    boolean train;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "0", description = "Print the first N errors.")
    int misses;

    @Override
    public Integer call() throws IOException {
        boolean single = Files.isRegularFile(dataset);
        if (single && train) {
            System.err.println("warta eval ner: --train needs a folder with a training split");
            return ExitCodes.USAGE;
        }
        Path file = single ? dataset : dataset.resolve(split + "_preprocess.txt");
        if (!Files.isRegularFile(file)) {
            System.err.println("warta eval ner: no " + file);
            return ExitCodes.USAGE;
        }
        List<NerDataset.Sentence> sentences = NerDataset.read(file, NerDataset.KNOWN_TYPES);
        String evaluated = single ? "whole file" : split;
        if (!single && !NerDataset.labelled(sentences)) {
            System.err.println("warta eval ner: " + file + " has no gold labels; using the validation split");
            sentences = NerDataset.read(dataset.resolve("valid_preprocess.txt"), NerDataset.KNOWN_TYPES);
            evaluated = "valid (test split unlabelled)";
        }
        KnowledgeBase kb = KnowledgeBase.standard();
        EntityRecognizer recognizer = recognizer(kb);
        long t0 = System.nanoTime();
        NerEvaluation.Result r = NerEvaluation.evaluate(recognizer, sentences, language);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("data set   %s%nsplit      %s (%d sentences)%n", dataset.getFileName(), evaluated, r.sentences());
        System.out.printf("%-8s %9s %9s %9s %6s %6s %6s%n", "type", "precision", "recall", "F1", "tp", "fp", "fn");
        for (Map.Entry<String, NerEvaluation.Score> e : r.byType().entrySet()) {
            print(e.getKey(), e.getValue());
        }
        print("overall", r.overall());
        System.out.printf("time       %.1f s (%.0f sentences/s)%n", seconds, r.sentences() / seconds);
        for (int i = 0; i < Math.min(misses, r.misses().size()); i++) {
            NerEvaluation.Miss m = r.misses().get(i);
            System.out.printf("%s\t%s\t%s\t%s%n", m.kind(), m.type(), m.span(), m.sentence());
        }
        return ExitCodes.OK;
    }

    private EntityRecognizer recognizer(KnowledgeBase kb) throws IOException {
        if (train) {
            List<NerDataset.Sentence> training = NerDataset.read(dataset.resolve("train_preprocess.txt"),
                    NerDataset.KNOWN_TYPES);
            System.err.println("warta eval ner: training on " + training.size() + " sentences");
            NerModel m = NerTraining.train(training, language, kb, NerTraining.Settings.defaults(), System.err);
            return NerEvaluation.withModel(kb, language, m);
        }
        if (model != null) {
            try (InputStream in = Files.newInputStream(model)) {
                return NerEvaluation.withModel(kb, language, NerModel.read(in));
            }
        }
        return new EntityRecognizer(kb);
    }

    private static void print(String type, NerEvaluation.Score s) {
        System.out.printf("%-8s %9.3f %9.3f %9.3f %6d %6d %6d%n", type, s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.falsePositives(), s.falseNegatives());
    }
}
