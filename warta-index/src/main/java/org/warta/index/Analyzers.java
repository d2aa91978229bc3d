package org.warta.index;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.warta.lang.LanguageProfile;

/**
 * The analyser for each language's text fields, as the language's manifest names it ({@code analyzer} in
 * {@code language.tsv}): one of Lucene's own, by class name, where it has one (stemming and stop words), and for
 * every other language (Vietnamese, Malay, Chinese, anything identified but without a pack) Unicode word breaks from
 * ICU, with dictionary segmentation for Chinese, Japanese and Thai, and NFKC case folding. Diacritics are kept: in
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

    /** True when the language's manifest names an analyser of Lucene's own for it. */
    public static boolean hasOwnAnalyzer(String language) {
        return LanguageProfile.of(language).hasOwnAnalyzer();
    }

    private static Analyzer create(String language) {
        return hasOwnAnalyzer(language) ? byName(LanguageProfile.of(language)) : new IcuAnalyzer();
    }

    /** The analyser a manifest names, made with its no-argument constructor (Lucene's default stop words). */
    static Analyzer byName(LanguageProfile profile) {
        String name = profile.analyzer();
        try {
            return Class.forName(name).asSubclass(Analyzer.class).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new IllegalStateException(profile.origin("analyzer") + ": no Lucene analyser '" + name
                    + "' with a public no-argument constructor on the class path (" + e + ")", e);
        }
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
