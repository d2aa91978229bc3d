package org.warta.model;

import java.io.Serializable;
import java.util.Map;

/**
 * The identified language.
 *
 * @param code       ISO 639-1 code, or "und" when no language could be identified
 * @param confidence 0..1
 * @param method     how it was decided (e.g. "lingua", "script", "id-ms-lexicon", "declared")
 * @param candidates the best alternatives with their confidences, best first
 */
public record LanguageGuess(String code, double confidence, String method, Map<String, Double> candidates)
        implements Serializable {
    public static final String UNDETERMINED = "und";

    public LanguageGuess {
        candidates = candidates == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(candidates));
    }

    public static LanguageGuess undetermined(String method) {
        return new LanguageGuess(UNDETERMINED, 0.0, method, Map.of());
    }
}
