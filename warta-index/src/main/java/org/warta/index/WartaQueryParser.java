package org.warta.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's classic query syntax (docs/search.md) over Warta's fields. A word without a field is looked for in the
 * title and text of every language, each analysed as that language is; {@code title:} and {@code text:} narrow it;
 * {@code lang:}, {@code country:}, {@code entity:}, {@code event:}, {@code outlet:}, {@code month:} and {@code id:}
 * match keywords exactly. Words are ANDed unless OR is written.
 */
final class WartaQueryParser extends QueryParser {
    static final String ANY = "_any";
    private static final float TITLE_BOOST = 2.0f;
    private static final Map<String, String> KEYWORDS = Map.of(
            "lang", Fields.LANG, "language", Fields.LANG, "country", Fields.COUNTRY, "entity", Fields.ENTITY,
            "event", Fields.EVENT_CODE, "outlet", Fields.OUTLET, "month", Fields.MONTH, "id", Fields.ARTICLE_ID);
    private final List<String> titleFields;
    private final List<String> textFields;

    WartaQueryParser(Analyzer analyzer, List<String> titleFields, List<String> textFields) {
        super(ANY, analyzer);
        this.titleFields = titleFields;
        this.textFields = textFields;
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
    }

    /**
     * Lucene refuses some queries the syntax lets through with unchecked exceptions: a boost of forty nines is an
     * infinite float, a wildcard of many stars and question marks too complex an automaton. Each is a bad query.
     */
    @Override
    public Query parse(String query) throws ParseException {
        try {
            return super.parse(query);
        } catch (TooComplexToDeterminizeException e) {
            throw new ParseException("a wildcard pattern is too complex; use fewer * and ?");
        } catch (IllegalArgumentException e) {
            throw new ParseException(e.getMessage() == null ? "cannot parse the query" : e.getMessage());
        }
    }

    /** The fields a field name in a query stands for, with their boosts. */
    private List<Map.Entry<String, Float>> expand(String field) throws ParseException {
        List<Map.Entry<String, Float>> out = new ArrayList<>();
        String f = field.toLowerCase(Locale.ROOT);
        if (f.equals(ANY) || f.equals(Fields.TITLE)) {
            titleFields.forEach(t -> out.add(Map.entry(t, TITLE_BOOST)));
        }
        if (f.equals(ANY) || f.equals(Fields.TEXT)) {
            textFields.forEach(t -> out.add(Map.entry(t, 1.0f)));
        }
        if (f.startsWith(Fields.TITLE + "_") || f.startsWith(Fields.TEXT + "_")) {
            out.add(Map.entry(f, 1.0f));
        }
        if (out.isEmpty() && !KEYWORDS.containsKey(f)) {
            throw new ParseException("unknown field '" + field + "'; fields are title, text, lang, country, "
                    + "entity, event, outlet, month and id (see docs/search.md)");
        }
        return out;
    }

    private interface PerField {
        Query query(String field) throws ParseException;
    }

    private Query across(String field, PerField each) throws ParseException {
        List<Query> parts = new ArrayList<>();
        for (Map.Entry<String, Float> f : expand(field)) {
            Query q = each.query(f.getKey());
            if (q != null) {
                parts.add(f.getValue() == 1.0f ? q : new BoostQuery(q, f.getValue()));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new DisjunctionMaxQuery(parts, 0.1f);
    }

    private static String keywordValue(String field, String value) {
        return switch (field) {
            case Fields.LANG -> value.toLowerCase(Locale.ROOT);
            case Fields.COUNTRY -> value.toUpperCase(Locale.ROOT);
            default -> value;
        };
    }

    private static String keywordField(String field) {
        return KEYWORDS.get(field.toLowerCase(Locale.ROOT));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        String keyword = keywordField(field);
        if (keyword != null) {
            return new TermQuery(new Term(keyword, keywordValue(keyword, queryText)));
        }
        return across(field, f -> super.getFieldQuery(f, queryText, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (slop < 0) {
            // the syntax reads "~-5" as a number; Lucene's phrase query then refuses it with an unchecked exception
            throw new ParseException("the distance after a phrase's ~ cannot be negative (\"" + queryText + "\"~" + slop + ")");
        }
        String keyword = keywordField(field);
        if (keyword != null) {
            return new TermQuery(new Term(keyword, keywordValue(keyword, queryText)));
        }
        return across(field, f -> super.getFieldQuery(f, queryText, slop));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        String keyword = keywordField(field);
        if (keyword != null) {
            return new PrefixQuery(new Term(keyword, keywordValue(keyword, termStr)));
        }
        return across(field, f -> super.getPrefixQuery(f, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (keywordField(field) != null) {
            throw new ParseException("wildcards are not supported on " + field + ": (use a prefix, " + field + ":ab*)");
        }
        return across(field, f -> super.getWildcardQuery(f, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return across(keywordField(field) != null ? Fields.TEXT : field, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new ParseException("regular expressions are not supported in queries");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        String keyword = keywordField(field);
        if (keyword == null) {
            throw new ParseException("ranges work only on keyword fields such as month:[2025-01 TO 2025-03]; "
                    + "for dates use the from and to filters");
        }
        return super.getRangeQuery(keyword, part1 == null ? null : keywordValue(keyword, part1),
                part2 == null ? null : keywordValue(keyword, part2), startInclusive, endInclusive);
    }
}
