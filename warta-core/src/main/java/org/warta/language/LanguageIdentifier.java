package org.warta.language;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.lang.LanguageData;
import org.warta.model.LanguageGuess;

/**
 * Identifies the language of a text among Lingua's 75, with Lingua's n-gram models and method, made fast and small
 * enough to run on every article with every language enabled.
 *
 * <ol>
 *   <li>The text's letters narrow the candidates ({@link LetterRules}): its script, and letters few languages use.</li>
 *   <li>Long texts (120 characters or more once cleaned) are scored on trigrams, as Lingua does; only the first
 *       {@link Settings#sampleChars()} characters are read, which is plenty.</li>
 *   <li>Short texts are scored on n-grams of one to five letters, as Lingua's high-accuracy mode does: from 40
 *       characters on, only the best few candidates on n-grams of one to three letters are; four- and five-gram
 *       tables are large and are loaded only for the languages that reach this step.</li>
 *   <li>Close languages that n-grams confuse (Indonesian and Malay; Bosnian and Croatian; Bokmål, Nynorsk and
 *       Danish) are decided by marker words ({@link CloseLanguages}).</li>
 *   <li>A declared language settles a near tie, never more.</li>
 * </ol>
 * Thread-safe; build one and share it (start-up reads about 15 MB of models).
 */
public final class LanguageIdentifier {
    /** Lingua's length (of the cleaned text) below which it uses all n-gram orders. */
    static final int HIGH_ACCURACY_MAX_LENGTH = 120;
    /** Texts shorter than this (cleaned) have every candidate scored on all n-gram orders. */
    private static final int ALL_CANDIDATES_MAX_LENGTH = 40;
    /** Candidates kept for the all-orders pass of other short texts. */
    private static final int CANDIDATES = 8;
    /** Characters scored of a long text: a few hundred settle the language; more only cost time. */
    private static final int SAMPLE_CHARS = 700;
    /** Candidates reported with a guess. */
    private static final int REPORTED = 4;
    /**
     * Turns relative confidences into the guess's confidence: the best one's share once each is raised to this power.
     * Relative values near 1 are close calls: 0.98 for the runner-up gives about 0.65, 0.9 about 0.96.
     */
    private static final double SHARPNESS = 30.0;
    /** Scripts in which one letter alone is not a word. */
    private static final Set<UnicodeScript> ALPHABETS = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC,
            UnicodeScript.GREEK, UnicodeScript.ARABIC, UnicodeScript.HEBREW, UnicodeScript.ARMENIAN,
            UnicodeScript.GEORGIAN);
    /** A declared language at least this close to the best is taken (a near tie). */
    private static final double DECLARED_NEAR = 0.99;
    /**
     * Heap for four- and five-gram tables (all 75 languages' take about 250 MB): a share of the heap, so that a run
     * with a small heap drops and reloads tables instead of failing.
     */
    private static final long HIGH_ORDER_BUDGET_BYTES = Math.min(400L << 20, Runtime.getRuntime().maxMemory() * 2 / 5);

    private final LinguaModels models;
    private final NgramScorer scorer;
    private final LetterRules rules;
    private final List<CloseLanguages> closeGroups = new ArrayList<>();
    private final Settings settings;

    /** Knobs, so that variants can be measured; {@link Settings#DEFAULT} is what the pipeline runs. */
    record Settings(int highAccuracyMaxLength, int candidates, int sampleChars, boolean closeLanguages) {
        static final Settings DEFAULT = new Settings(HIGH_ACCURACY_MAX_LENGTH, CANDIDATES, SAMPLE_CHARS, true);
    }

    public LanguageIdentifier() {
        this(Settings.DEFAULT);
    }

    /** The identifier every pipeline shares, built on first use. */
    public static LanguageIdentifier shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final LanguageIdentifier INSTANCE = new LanguageIdentifier();
    }

    LanguageIdentifier(Settings settings) {
        this.settings = settings;
        this.models = new LinguaModels(HIGH_ORDER_BUDGET_BYTES);
        this.scorer = new NgramScorer(models);
        this.rules = new LetterRules(new Alphabets(models));
        if (settings.closeLanguages()) {
            for (String line : LanguageData.lines(LanguageData.COMMON, "langid-close.txt").orElse(List.of())) {
                closeGroups.add(new CloseLanguages(Arrays.asList(line.split("\\s+")), models));
            }
        }
    }

    public LanguageGuess identify(String text) {
        return identify(text, null);
    }

    /**
     * @param declared the language the source declares (ISO 639-1), or null: a prior that settles near ties and
     *                 close calls between close languages, never an answer by itself
     */
    public LanguageGuess identify(String text, String declared) {
        if (text == null) {
            return LanguageGuess.undetermined("no-letters");
        }
        NgramText ngrams = NgramText.of(sample(text, settings.sampleChars()));
        if (ngrams.letters() == 0) {
            return LanguageGuess.undetermined("no-letters");
        }
        if (!ngrams.hasWord() && isAlphabetic(ngrams)) {
            // Stray letters ("A+ A-", "Q & A") say nothing about a language; in syllabic and logographic scripts
            // one character is a word and is scored.
            return LanguageGuess.undetermined("no-words");
        }
        Ranking ranking = rank(ngrams);
        if (ranking.isEmpty()) {
            return LanguageGuess.undetermined("lingua");
        }
        String hint = declaredCode(declared);
        for (CloseLanguages group : closeGroups) {
            ranking = group.decide(ranking, text, hint);
        }
        ranking = preferDeclared(ranking, hint);
        return toGuess(ranking);
    }

    private static boolean isAlphabetic(NgramText text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !ALPHABETS.contains(UnicodeScript.of(c))) {
                return false;
            }
        }
        return true;
    }

    /** Every supported language's ISO 639-1 code. */
    public List<String> languages() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            codes.add(models.code(i));
        }
        return codes;
    }

    /** A supported language's English name as Lingua writes it ("Indonesian", "Bokmal"), or null. */
    public String name(String code) {
        int i = models.indexOf(code);
        return i < 0 ? null : models.name(i);
    }

    Ranking rank(NgramText ngrams) {
        int[] candidates = rules.candidates(ngrams);
        if (candidates.length == 1) {
            return Ranking.only(candidates[0], "letters");
        }
        if (ngrams.length() >= settings.highAccuracyMaxLength()) {
            return Ranking.of(candidates, scorer.trigramScores(ngrams, candidates), "lingua");
        }
        Ranking wide = Ranking.of(candidates, scorer.allOrderScores(ngrams, candidates, LowOrderIndex.MAX_ORDER), "lingua");
        if (wide.languages().length <= 1) {
            return wide;
        }
        // Below a few words, five-grams decide and a short list drawn from smaller n-grams misses the winner too
        // often: every candidate is scored in full.
        int[] best = ngrams.length() < ALL_CANDIDATES_MAX_LENGTH ? wide.languages() : wide.first(settings.candidates());
        return Ranking.of(best, scorer.allOrderScores(ngrams, best), "lingua");
    }

    /**
     * The ISO 639-1 code in a declared language such as "id-ID", "ms_MY", "IND" or Java's old "in", or null.
     */
    static String declaredCode(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String primary = declared.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return switch (primary) {
            case "in", "ind" -> "id";
            case "msa", "may", "zsm", "zlm" -> "ms";
            case "iw" -> "he";
            default -> primary;
        };
    }

    private Ranking preferDeclared(Ranking ranking, String declared) {
        int lang = models.indexOf(declared);
        if (lang < 0 || ranking.top() == lang || ranking.relativeOf(lang) < DECLARED_NEAR) {
            return ranking;
        }
        return ranking.promote(lang, "declared");
    }

    private LanguageGuess toGuess(Ranking ranking) {
        Map<String, Double> candidates = new LinkedHashMap<>();
        double sum = 0.0;
        for (int i = 0; i < ranking.languages().length; i++) {
            sum += Math.pow(ranking.relative()[i], SHARPNESS);
            if (i < REPORTED) {
                candidates.put(models.code(ranking.languages()[i]), round(ranking.relative()[i]));
            }
        }
        return new LanguageGuess(models.code(ranking.top()), round(1.0 / sum), ranking.method(), candidates);
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    static String sample(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars);
    }

    LinguaModels models() {
        return models;
    }
}
