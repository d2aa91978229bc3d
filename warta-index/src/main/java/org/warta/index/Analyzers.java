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
 * <p>Text fields are named {@code text_<lang>} and {@code title_<lang>}; anything else is a keyword.
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

    /** True when Lucene has an analyser of its own for the language. */
    public static boolean hasOwnAnalyzer(String language) {
        return !(create(language) instanceof IcuAnalyzer);
    }

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
