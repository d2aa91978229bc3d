package org.warta.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/**
 * Exact-span scoring of the recogniser on a data set: an entity counts when its type and both ends match a gold
 * entity. Warta's GPE and LOC are scored as one PLACE type, as the Indonesian sets have only places.
 */
public final class NerEvaluation {
    private NerEvaluation() {
    }

    /** Counts for one type. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    /** A wrong or missed entity, for looking at errors. */
    public record Miss(String kind, String type, String span, String sentence) {
    }

    /** Scores per type (PERSON, ORG, PLACE) and overall, and the misses. */
    public record Result(Map<String, Score> byType, Score overall, List<Miss> misses, int sentences) {
    }

    public static Result evaluate(EntityRecognizer recognizer, List<NerDataset.Sentence> sentences,
                                  String language) {
        Map<String, Score> byType = new LinkedHashMap<>();
        for (String t : NerDataset.TYPES) {
            byType.put(t, new Score(0, 0, 0));
        }
        List<Miss> misses = new ArrayList<>();
        for (NerDataset.Sentence s : sentences) {
            String text = s.text();
            Set<NerDataset.Span> gold = new HashSet<>(NerDataset.spans(s.tags()));
            Set<NerDataset.Span> predicted = new HashSet<>();
            for (Entity e : recognizer.recognise(text, List.of(new Sentence(0, text.length(), 0)), language)) {
                predicted.add(toWords(s, e));
            }
            for (NerDataset.Span p : predicted) {
                boolean hit = gold.contains(p);
                byType.merge(p.type(), new Score(hit ? 1 : 0, hit ? 0 : 1, 0), Score::plus);
                if (!hit) {
                    misses.add(new Miss("wrong", p.type(), words(s, p), text));
                }
            }
            for (NerDataset.Span g : gold) {
                if (!predicted.contains(g)) {
                    byType.merge(g.type(), new Score(0, 0, 1), Score::plus);
                    misses.add(new Miss("missed", g.type(), words(s, g), text));
                }
            }
        }
        Score overall = new Score(0, 0, 0);
        for (Score sc : byType.values()) {
            overall = overall.plus(sc);
        }
        return new Result(byType, overall, misses, sentences.size());
    }

    /** An entity's character span as the data set's words it covers. */
    private static NerDataset.Span toWords(NerDataset.Sentence s, Entity e) {
        int[] wordStart = new int[s.tokens().size()];
        int offset = 0;
        for (int i = 0; i < wordStart.length; i++) {
            wordStart[i] = offset;
            offset += s.tokens().get(i).length() + 1;
        }
        int first = NerTraining.wordAt(wordStart, e.start());
        int last = NerTraining.wordAt(wordStart, Math.max(e.start(), e.end() - 1)) + 1;
        return new NerDataset.Span(type(e.type()), first, last);
    }

    static String type(Entity.Type t) {
        return switch (t) {
            case PERSON -> "PERSON";
            case ORG -> "ORG";
            case GPE, LOC -> "PLACE";
        };
    }

    private static String words(NerDataset.Sentence s, NerDataset.Span span) {
        return String.join(" ", s.tokens().subList(span.first(), span.last()));
    }

    /** A recogniser that tags with the given model instead of the shipped one (for evaluating a fresh model). */
    public static EntityRecognizer withModel(org.warta.kb.KnowledgeBase kb, String language, NerModel model) {
        return new EntityRecognizer(kb, EntityRecognizer.models(language, model));
    }
}
