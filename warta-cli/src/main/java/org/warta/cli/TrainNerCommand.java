package org.warta.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.entity.NerDataset;
import org.warta.entity.NerModel;
import org.warta.entity.NerTraining;
import org.warta.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {
                "Train the entity tagger (averaged perceptron) on BIO files and write the model.",
                "Files: token<TAB>tag a line, BIO tags (B-PERSON) or bare types (PER, ORG, LOC; MISC left out).",
                "Default for Indonesian: the training splits of IndoNLU NERGrit (read twice) and NER-P. The model is "
                        + "written to warta-core/src/main/resources/org/warta/lang/CODE/ner.model.gz."
        })
final class TrainNerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Training files (required for a language other than id).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--language", paramLabel = "CODE", defaultValue = "id", description = "Language of the data.")
    String language;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write.")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "15", description = "Passes over the data (default ${DEFAULT-VALUE}).")
    int epochs;

    @Override
    public Integer call() throws IOException {
        if (files.isEmpty() && !language.equals("id")) {
            System.err.println("warta train ner: give the training files for " + language);
            return ExitCodes.USAGE;
        }
        if (files.isEmpty()) {
            // NERGrit is read twice: it is the only set with capitals, as news has them (NER-P is all lower
            // case), and both sets' validation scores are best with it weighted so.
            Path nergrit = Home.shared("ner/indonlu/nergrit_ner-grit/train_preprocess.txt");
            files = List.of(nergrit, nergrit, Home.shared("ner/indonlu/nerp_ner-prosa/train_preprocess.txt"));
        }
        if (out == null) {
            out = Home.dir().resolve("warta-core/src/main/resources/org/warta/lang/" + language + "/ner.model.gz");
        }
        List<NerDataset.Sentence> sentences = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println("warta train ner: no such file: " + f);
                return ExitCodes.USAGE;
            }
            sentences.addAll(NerDataset.read(f, NerDataset.KNOWN_TYPES));
        }
        System.err.println("warta train ner: " + sentences.size() + " sentences from " + files);
        NerTraining.Settings defaults = NerTraining.Settings.defaults();
        NerModel model = NerTraining.train(sentences, language, KnowledgeBase.builtIn(),
                new NerTraining.Settings(epochs, defaults.minFeatureCount(), defaults.seed()), System.err);
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.err.printf("warta train ner: %d features, %d bytes written to %s%n", model.features(), Files.size(out), out);
        return ExitCodes.OK;
    }
}
