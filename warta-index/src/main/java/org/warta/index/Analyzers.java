package org.warta.index;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The analyser for each language's text fields: Lucene's own where it has one (stemming and stop words), and for
 * every other language (Vietnamese, Malay, Chinese, anything identified but not listed) Unicode word breaks from ICU,
 * with dictionary segmentation for Chinese, Japanese and Thai, and NFKC case folding. Diacritics are kept: in
 * Vietnamese they tell words apart.
 *
 * <p>Text fields are named {@code text_<lang>} and {@code title_<lang>} for the languages with an analyser of their
 * own, and {@code text_icu} and {@code title_icu} for all the others (one analyser serves them all, and fewer fields
 * make queries faster); anything else is a keyword.
 */
public final class Analyzers extends DelegatingAnalyzerWrapper {
    private final Map<String, Analyzer> byLanguage = new ConcurrentHashMap<>();
    private final Analyzer keyword = new KeywordAnalyzer();

    public Analyzers() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    /** The language a text field holds, or null for a keyword field. */
    static String languageOf(String field) {
        int sep = field.indexOf('_');
        if (sep < 0) {
            return null;
        }
        String prefix = field.substring(0, sep);
        return prefix.equals(Fields.TEXT) || prefix.equals(Fields.TITLE) ? field.substring(sep + 1) : null;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        String language = languageOf(fieldName);
        return language == null ? keyword : forLanguage(language);
    }

    public Analyzer forLanguage(String language) {
        return byLanguage.computeIfAbsent(language.toLowerCase(Locale.ROOT), Analyzers::create);
    }

    /** The suffix of the text fields that hold a language: the language itself, or "icu". */
    public static String fieldSuffix(String language) {
        String l = language == null ? "und" : language.toLowerCase(Locale.ROOT);
        return hasOwnAnalyzer(l) ? l : ICU;
    }

    static final String ICU = "icu";

    /** True when Lucene has an analyser of its own for the language. */
    public static boolean hasOwnAnalyzer(String language) {
        return OWN.contains(language);
    }

    private static final java.util.Set<String> OWN = java.util.Set.of("en", "fr", "de", "es", "pt", "ru", "ar", "tr", "id");

    private static Analyzer create(String language) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "pt" -> new PortugueseAnalyzer();
            case "ru" -> new RussianAnalyzer();
            case "ar" -> new ArabicAnalyzer();
            case "tr" -> new TurkishAnalyzer();
            case "id" -> new IndonesianAnalyzer();
            default -> new IcuAnalyzer();
        };
    }

    @Override
    public void close() {
        byLanguage.values().forEach(Analyzer::close);
        keyword.close();
        super.close();
    }

    /** ICU word breaks and NFKC case folding, for languages Lucene has no analyser for. */
    static final class IcuAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer();
            TokenStream folded = new ICUNormalizer2Filter(source);
            return new TokenStreamComponents(source, folded);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUNormalizer2Filter(in);
        }
    }
}
