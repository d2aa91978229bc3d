package org.warta.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides between close languages that n-grams confuse: a group from {@code lang/common/langid-close.txt}, such as
 * Indonesian and Malay (Lingua's Malay model was trained on text that is largely Indonesian, so its scores lean the
 * wrong way on short Malay and Indonesian texts alike).
 *
 * <p>Each member's standing is the weight of its marker words found in the text, plus the declared language's
 * prior, plus the n-gram evidence: {@code NGRAM_WEIGHT * ln(relative confidence)}, 0 for the n-gram favourite and
 * negative for the others. The best standing wins. When n-grams put another language first, a member is promoted
 * only if it was nearly as likely and its markers are clear.
 */
final class CloseLanguages {
    /** Weight of the n-gram evidence: a relative confidence of 0.98 (a close call) is worth one weak marker. */
    static final double NGRAM_WEIGHT = 50.0;
    /** What a declared language is worth: a medium marker, enough to settle a close call, not to overturn markers. */
    static final double DECLARED_PRIOR = 1.5;
    /** A member behind a non-member must be this close, and its markers this clear, to be promoted. */
    static final double NEAR = 0.95;
    static final double CLEAR_MARKERS = 3.0;
    static final String METHOD = "lingua+markers";

    private final int[] members;
    private final String[] codes;
    private final MarkerLexicon lexicon;

    CloseLanguages(List<String> codes, LinguaModels models) {
        this.codes = codes.toArray(new String[0]);
        this.members = codes.stream().mapToInt(models::indexOf).toArray();
        for (int i = 0; i < members.length; i++) {
            if (members[i] < 0) {
                throw new IllegalStateException("langid-close.txt: no model for language " + codes.get(i));
            }
        }
        this.lexicon = new MarkerLexicon(codes);
    }

    /** The ranking, with the group's best member possibly promoted over another (see the class comment). */
    Ranking decide(Ranking ranking, String text, String declared) {
        int leader = -1;
        for (int lang : ranking.languages()) {
            if (isMember(lang)) {
                leader = lang;
                break;
            }
        }
        if (leader < 0) {
            return ranking;
        }
        boolean memberFirst = ranking.top() == leader;
        if (!memberFirst && ranking.relativeOf(leader) < NEAR) {
            return ranking;
        }
        double[] markers = lexicon.evidence(text);
        double[] standing = new double[members.length];
        int best = -1;
        for (int i = 0; i < members.length; i++) {
            double relative = ranking.relativeOf(members[i]);
            standing[i] = relative <= 0.0 ? Double.NEGATIVE_INFINITY : markers[i] + NGRAM_WEIGHT * Math.log(relative)
                    + (codes[i].equalsIgnoreCase(declared) ? DECLARED_PRIOR : 0.0);
            if (relative > 0.0 && (best < 0 || standing[i] > standing[best])) {
                best = i;
            }
        }
        if (best < 0 || (!memberFirst && !clearlyAhead(markers, best))) {
            return ranking;
        }
        boolean markersSpoke = markers[best] > 0.0 || members[best] != ranking.top();
        if (!markersSpoke) {
            return ranking;
        }
        // The other members' relative confidence now says how far behind they stand, in the n-grams' own measure.
        Map<Integer, Double> relatives = new HashMap<>();
        for (int i = 0; i < members.length; i++) {
            if (i != best && standing[i] > Double.NEGATIVE_INFINITY) {
                relatives.put(members[i], Math.exp((standing[i] - standing[best]) / NGRAM_WEIGHT));
            }
        }
        return ranking.promote(members[best], METHOD).reweigh(relatives, METHOD);
    }

    private static boolean clearlyAhead(double[] markers, int member) {
        for (int i = 0; i < markers.length; i++) {
            if (i != member && markers[member] - markers[i] < CLEAR_MARKERS) {
                return false;
            }
        }
        return markers[member] >= CLEAR_MARKERS;
    }

    private boolean isMember(int language) {
        for (int m : members) {
            if (m == language) {
                return true;
            }
        }
        return false;
    }
}
