package org.warta.entity;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.warta.kb.KnowledgeBase;

/**
 * Trains the statistical tagger on sentences with gold tags. The sentences go through the same tokenizer,
 * knowledge-base matching and cues as at run time, and each gold tag is carried onto the tokens inside its word
 * ("kompas.com" gives three tokens: B, I, I), so training and tagging see the same features.
 */
public final class NerTraining {
    private NerTraining() {
    }

    /** Settings of a training run. */
    public record Settings(int epochs, int minFeatureCount, long seed) {
        public static Settings defaults() {
            return new Settings(15, 3, 17);
        }
    }

    public static NerModel train(List<NerDataset.Sentence> sentences, String language, KnowledgeBase kb,
                                 Settings settings, PrintStream log) {
        EntityRecognizer recognizer = new EntityRecognizer(kb);
        EntityRecognizer.Language lang = recognizer.language(language);
        List<NerModel.Example> examples = new ArrayList<>();
        for (NerDataset.Sentence s : sentences) {
            String text = s.text();
            SentenceView view = recognizer.view(text, 0, text.length(), lang);
            examples.add(new NerModel.Example(view, project(s, view)));
        }
        return NerModel.train(examples, settings.epochs(), settings.minFeatureCount(), settings.seed(), log);
    }

    /** Gold tags of data-set words, carried onto the recogniser's tokens. */
    static int[] project(NerDataset.Sentence s, SentenceView view) {
        int[] wordStart = new int[s.tokens().size()];
        int offset = 0;
        for (int i = 0; i < wordStart.length; i++) {
            wordStart[i] = offset;
            offset += s.tokens().get(i).length() + 1;
        }
        int[] tags = new int[view.size()];
        int previousWord = -1;
        for (int t = 0; t < view.size(); t++) {
            int word = wordAt(wordStart, view.token(t).start());
            String tag = s.tags().get(word);
            if (tag.startsWith("B-") && word == previousWord) {
                tag = "I-" + tag.substring(2);
            }
            tags[t] = index(tag);
            previousWord = word;
        }
        return tags;
    }

    static int wordAt(int[] wordStart, int offset) {
        int i = Arrays.binarySearch(wordStart, offset);
        return i >= 0 ? i : -i - 2;
    }

    private static int index(String tag) {
        for (int k = 0; k < NerModel.TAGS.length; k++) {
            if (NerModel.TAGS[k].equals(tag)) {
                return k;
            }
        }
        return 0;
    }
}
