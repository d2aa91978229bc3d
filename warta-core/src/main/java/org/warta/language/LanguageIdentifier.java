package org.warta.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.warta.model.LanguageGuess;

/**
 * Identifies the language of a text with Lingua, in two passes so that memory stays small with every language
 * enabled: a low-accuracy pass (trigram models only) over all languages picks a few candidates, and for short texts,
 * where Lingua's high-accuracy mode differs, a high-accuracy pass decides among those candidates only. Lingua keeps
 * its models in static maps, so detectors for different candidate sets share them.
 */
public final class LanguageIdentifier {
    /** Lingua uses trigrams only at and above this length, in either mode. */
    static final int HIGH_ACCURACY_MAX_LENGTH = 120;
    private static final int CANDIDATES = 4;
    private static final int SAMPLE_CHARS = 3000;

    private final LanguageDetector wide;
    private final Map<Set<Language>, LanguageDetector> narrow = new ConcurrentHashMap<>();

    public LanguageIdentifier() {
        this.wide = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
    }

    public LanguageGuess identify(String text) {
        String sample = sample(text);
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return LanguageGuess.undetermined("no-letters");
        }
        SortedMap<Language, Double> first = wide.computeLanguageConfidenceValues(sample);
        if (first.isEmpty() || first.values().iterator().next() <= 0.0) {
            return LanguageGuess.undetermined("lingua");
        }
        Map<Language, Double> values = first;
        if (sample.strip().length() < HIGH_ACCURACY_MAX_LENGTH && first.size() > 1) {
            Set<Language> candidates = EnumSet.noneOf(Language.class);
            for (Language l : first.keySet()) {
                if (candidates.size() == CANDIDATES || first.get(l) <= 0.0) {
                    break;
                }
                candidates.add(l);
            }
            if (candidates.size() > 1) {
                values = detector(candidates).computeLanguageConfidenceValues(sample);
            }
        }
        return toGuess(values);
    }

    private LanguageDetector detector(Set<Language> candidates) {
        return narrow.computeIfAbsent(candidates,
                c -> LanguageDetectorBuilder.fromLanguages(c.toArray(new Language[0])).build());
    }

    private static LanguageGuess toGuess(Map<Language, Double> values) {
        Map<String, Double> candidates = new LinkedHashMap<>();
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            if (candidates.size() == CANDIDATES || e.getValue() <= 0.0) {
                break;
            }
            candidates.put(code(e.getKey()), e.getValue());
        }
        if (candidates.isEmpty()) {
            return LanguageGuess.undetermined("lingua");
        }
        Map.Entry<String, Double> best = candidates.entrySet().iterator().next();
        return new LanguageGuess(best.getKey(), best.getValue(), "lingua", candidates);
    }

    static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
    }
}
