package org.warta.story;

/**
 * How alike two fingerprints are, 0..1: the cosine of their features weighted by rarity (inverse document frequency
 * among the articles in memory). Across languages only the language-free features count, and only where the two
 * share at least one that is specific (sharing countries and a month is not a story); within a language their
 * cosine is blended with that of the content words.
 */
final class Similarity {
    /**
     * The share of the language-free features in the score of two articles in the same language: small, as their
     * words say more, and more finely, about whether they tell one story.
     */
    static final double FREE_SHARE = 0.05;
    /**
     * Cosines are raised to this power: it spreads the low range, where most pairs of one story lie, so that the
     * score rises about evenly with how alike readers judge two articles.
     */
    static final double SPREAD = 0.6;

    interface Rarity {
        /** The inverse document frequency of a feature. */
        double idf(long key);
    }

    /** Both cosines of a pair; {@code words} is NaN where either article has no content words. */
    record Parts(double free, double words) {
        double score(boolean sameLanguage) {
            boolean blend = sameLanguage && !Double.isNaN(words);
            return Math.pow(blend ? FREE_SHARE * free + (1 - FREE_SHARE) * words : free, SPREAD);
        }
    }

    private Similarity() {
    }

    static double score(Fingerprint a, Fingerprint b, Rarity rarity) {
        return parts(a, b, rarity).score(sameLanguage(a, b));
    }

    static boolean sameLanguage(Fingerprint a, Fingerprint b) {
        return a.language() != null && a.language().equals(b.language());
    }

    static Parts parts(Fingerprint a, Fingerprint b, Rarity rarity) {
        return parts(a, null, norms(a, rarity), b, norms(b, rarity), rarity);
    }

    /**
     * Both cosines, with the rarities of {@code a}'s features where already known ({@code idfA}, else null) and the
     * squared norms given.
     */
    static Parts parts(Fingerprint a, double[] idfA, double[] na, Fingerprint b, double[] nb, Rarity rarity) {
        double dotFree = 0;
        int specific = 0;
        double dotWords = 0;
        long[] ka = a.keys();
        long[] kb = b.keys();
        int i = 0;
        int j = 0;
        while (i < ka.length && j < kb.length) {
            if (ka[i] < kb[j]) {
                i++;
            } else if (ka[i] > kb[j]) {
                j++;
            } else {
                double idf = idfA == null ? rarity.idf(ka[i]) : idfA[i];
                double d = idf * idf * a.weights()[i] * b.weights()[j];
                if (a.free(i)) {
                    dotFree += d;
                    specific += a.kinds()[i] == Fingerprint.SPECIFIC ? 1 : 0;
                } else {
                    dotWords += d;
                }
                i++;
                j++;
            }
        }
        double words = na[1] == 0 || nb[1] == 0 ? Double.NaN : cosine(dotWords, na[1], nb[1]);
        boolean byWords = sameLanguage(a, b) && !Double.isNaN(words);
        if (specific == 0 && !byWords) {
            return new Parts(0, words);
        }
        return new Parts(cosine(dotFree, na[0], nb[0]), words);
    }

    private static double cosine(double dot, double x, double y) {
        return x == 0 || y == 0 ? 0 : Math.min(1, dot / Math.sqrt(x * y));
    }

    /** The squared norms of the free and the word features. */
    static double[] norms(Fingerprint f, Rarity rarity) {
        double[] n = new double[2];
        for (int i = 0; i < f.keys().length; i++) {
            double v = rarity.idf(f.keys()[i]) * f.weights()[i];
            n[f.free(i) ? 0 : 1] += v * v;
        }
        return n;
    }
}
