package org.warta.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's classic query syntax (docs/search.md) over Warta's fields. A word without a field is looked for in the
 * title and text of every language, each analysed as that language is; {@code title:} and {@code text:} narrow it;
 * {@code lang:}, {@code country:}, {@code entity:}, {@code event:}, {@code outlet:}, {@code month:} and {@code id:}
 * match keywords exactly. Words are ANDed unless OR is written.
 *
 * <p>{@link #parse(String, Analyzer, List, List, int)} keeps a query within Lucene's limit on the terms one search
 * may hold (each word is looked for in every language's fields, and each fuzzy word as up to
 * {@value #MAX_FUZZY_EXPANSIONS} similar words per field), so that a query is refused with a message before the
 * search, never failed during it.
 */
final class WartaQueryParser extends QueryParser {
    static final String ANY = "_any";
    /** Lucene's own default for fuzzy queries, when there is room for it. */
    static final int MAX_FUZZY_EXPANSIONS = 50;
    /**
     * Fuzzy and wildcard words a query may hold: each runs through the term dictionary of every field, so many of
     * them make a slow search whatever the room for terms.
     */
    static final int MAX_EXPANDING_WORDS = 10;
    /** Fewer similar words than this per field would make fuzzy matching miss the obvious ones. */
    static final int MIN_FUZZY_EXPANSIONS = 16;
    /** A boost weighs one word against another; beyond this it only overflows scores. */
    static final float MAX_BOOST = 100f;
    private static final float TITLE_BOOST = 2.0f;
    private static final String TOO_COMPLEX = "a wildcard pattern in the query is too complex; use fewer * and ?";
    private static final Map<String, String> KEYWORDS = Map.of(
            "lang", Fields.LANG, "language", Fields.LANG, "country", Fields.COUNTRY, "entity", Fields.ENTITY,
            "event", Fields.EVENT_CODE, "outlet", Fields.OUTLET, "month", Fields.MONTH, "id", Fields.ARTICLE_ID);
    private final List<String> titleFields;
    private final List<String> textFields;
    private final int fuzzyExpansions;
    private final EntityNames names;
    /** Whether a word without a field also finds the articles linked to the entity it names. */
    private boolean linkWords = true;
    /** The words, phrases and patterns of the query, as written, with the number of fields each is looked for in. */
    private final List<Written> written = new ArrayList<>();

    /** One word, phrase or pattern of a query as its writer wrote it, and the fields it spreads over. */
    private record Written(String text, Kind kind, int fields) {
        boolean expands() {
            return kind != Kind.WORD;
        }
    }

    /** Words and phrases are looked for as written; patterns and fuzzy words expand to the words they match. */
    private enum Kind { WORD, PATTERN, FUZZY }

    /** A query the parser refuses for a reason of its own; the message is for the user as it stands. */
    static final class Refusal extends ParseException {
        Refusal(String message) {
            super(message);
        }
    }

    private WartaQueryParser(Analyzer analyzer, List<String> titleFields, List<String> textFields,
                             int fuzzyExpansions, EntityNames names) {
        super(ANY, analyzer);
        this.titleFields = titleFields;
        this.textFields = textFields;
        this.fuzzyExpansions = fuzzyExpansions;
        this.names = names;
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
    }

    /**
     * Parses a query that, with {@code reserved} terms more for the filters around it, fits in one search; fuzzy
     * words get fewer similar words each when many share the room. Throws {@link InvalidQueryException}, with a
     * message that says what to change, for anything else.
     */
    static Query parse(String query, Analyzer analyzer, List<String> titles, List<String> texts, int reserved,
                       EntityNames names) {
        QuerySyntax.check(query);
        WartaQueryParser parser = new WartaQueryParser(analyzer, titles, texts, MAX_FUZZY_EXPANSIONS, names);
        List<String> plain = PlainQuery.words(query);
        Query q = plain != null && plain.size() > 1 ? parser.plain(plain) : parser.parseOrRefuse(query);
        Leaves leaves = Leaves.of(q);
        int max = IndexSearcher.getMaxClauseCount();
        int fixed = leaves.other() + reserved;
        if (fixed > max) {
            throw new InvalidQueryException(parser.tooManyWords(fixed, max));
        }
        if (leaves.fuzzy() > 0) {
            int each = Math.min(MAX_FUZZY_EXPANSIONS, (max - fixed) / leaves.fuzzy());
            if (each < MIN_FUZZY_EXPANSIONS) {
                throw new InvalidQueryException(parser.tooManyFuzzy(max - fixed, max));
            }
            if (each < MAX_FUZZY_EXPANSIONS) {
                q = new WartaQueryParser(analyzer, titles, texts, each, names).parseOrRefuse(query);
            }
        }
        return q;
    }

    private Query parseOrRefuse(String query) {
        Query q;
        try {
            q = parse(query);
        } catch (ParseException e) {
            throw new InvalidQueryException(QuerySyntax.explain(query, e), e);
        } catch (InvalidQueryException e) {
            throw e;
        } catch (TooComplexToDeterminizeException e) {
            throw new InvalidQueryException(TOO_COMPLEX, e);
        } catch (IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).contains("automaton")) {
                throw new InvalidQueryException(TOO_COMPLEX, e);
            }
            // Lucene's own checks on what the parser built (sizes, edits); the query, not the index, is at fault
            throw new InvalidQueryException("the query cannot be searched as written; simplify it", e);
        }
        return q;
    }

    /**
     * A query of plain words, as a person types it: each word (found in the text, or naming an entity the article
     * is linked to) counts {@link PlainQuery#WORD_WEIGHT} towards the score, so articles with more of the words rank
     * first, and BM25 orders those with as many; the words as a phrase add to that. A run of words that names an
     * entity ("Sergei Lavrov") finds its articles for each of its words.
     */
    private Query plain(List<String> words) {
        List<List<String>> linked = PlainQuery.linkedIds(words, names);
        linkWords = false;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int units = 0;
        for (int i = 0; i < words.size(); i++) {
            Query text = parseOrRefuse(QueryParser.escape(words.get(i)));
            Query unit = withEntities(text, linked.get(i));
            if (unit != null) {
                any.add(PlainQuery.counted(unit), BooleanClause.Occur.SHOULD);
                units++;
            }
        }
        if (units == 0) {
            return null;
        }
        Query phrase = parseOrRefuse('"' + QueryParser.escape(String.join(" ", words)) + '"');
        if (phrase != null) {
            any.add(new BoostQuery(phrase, PlainQuery.PHRASE_BOOST), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** The text query, or else the articles linked to one of the entities; the text query alone without any. */
    private static Query withEntities(Query text, List<String> ids) {
        if (ids.isEmpty()) {
            return text;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (text != null) {
            b.add(text, BooleanClause.Occur.SHOULD);
        }
        for (String id : ids) {
            b.add(new TermQuery(new Term(Fields.ENTITY, id)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static String formatNumber(float value) {
        return value == Math.rint(value) && value < 1e9 ? Long.toString((long) value) : Float.toString(value);
    }

    private String tooManyWords(int terms, int max) {
        int fields = titleFields.size() + textFields.size();
        return "the query has too many terms: its " + written.size() + " words and phrases, each looked for in up to "
                + fields + " fields (the title and text of every language), make " + terms + " terms, and at most "
                + max + " fit; use fewer words, or name one field (title:word, text:word)";
    }

    private String tooManyFuzzy(int room, int max) {
        int used = 0;
        for (Written w : written) {
            if (w.kind() == Kind.FUZZY) {
                used += w.fields() * MIN_FUZZY_EXPANSIONS;
                if (used > room) {
                    return "the query has too many terms after expanding `" + w.text() + "`: each fuzzy word is "
                            + "looked for as up to " + MAX_FUZZY_EXPANSIONS + " similar words in each of its "
                            + w.fields() + " fields, and at most " + max + " terms fit in one search; use fewer fuzzy "
                            + "or wildcard terms, or name one field (title:" + w.text() + ")";
                }
            }
        }
        return "the query has too many terms after expanding its fuzzy words; use fewer fuzzy or wildcard terms";
    }

    /** The terms a query holds before rewriting: those of fuzzy queries (each to be expanded) and all others. */
    private record Leaves(int fuzzy, int other) {
        static Leaves of(Query q) {
            int[] counts = new int[2];
            q.visit(new QueryVisitor() {
                @Override
                public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                    return this;
                }

                @Override
                public void visitLeaf(Query query) {
                    counts[1]++;
                }

                @Override
                public void consumeTerms(Query query, Term... terms) {
                    counts[query instanceof FuzzyQuery ? 0 : 1]++;
                }

                @Override
                public void consumeTermsMatching(Query query, String field,
                                                 java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                    counts[query instanceof FuzzyQuery ? 0 : 1]++;
                }
            });
            return new Leaves(counts[0], counts[1]);
        }
    }

    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
        String text = term.text();
        int edits = FuzzyQuery.floatToEdits(minimumSimilarity, text.codePointCount(0, text.length()));
        return new FuzzyQuery(term, edits, prefixLength, fuzzyExpansions, FuzzyQuery.defaultTranspositions);
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
            throw new Refusal("unknown field '" + field + "'; fields are title, text, lang, country, "
                    + "entity, event, outlet, month and id (see docs/search.md)");
        }
        return out;
    }

    private interface PerField {
        Query query(String field) throws ParseException;
    }

    private Query across(String field, String text, Kind kind, PerField each) throws ParseException {
        List<Query> parts = new ArrayList<>();
        List<Map.Entry<String, Float>> fields = expand(field);
        Written w = new Written(text, kind, fields.size());
        written.add(w);
        if (w.expands() && written.stream().filter(Written::expands).count() > MAX_EXPANDING_WORDS) {
            throw new Refusal("the query has too many terms after expanding `" + w.text() + "`: a query may hold "
                    + MAX_EXPANDING_WORDS + " fuzzy (word~) and wildcard (word*) words, each looked for as many "
                    + "similar words; use fewer fuzzy or wildcard terms");
        }
        for (Map.Entry<String, Float> f : fields) {
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
        Query text = across(field, queryText, Kind.WORD, f -> super.getFieldQuery(f, queryText, quoted));
        if (linkWords && !quoted && field.equals(ANY)) {
            return withEntities(text, names.ids(queryText));
        }
        return text;
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
        return across(field, queryText, Kind.WORD, f -> super.getFieldQuery(f, queryText, slop));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        String keyword = keywordField(field);
        if (keyword != null) {
            return new PrefixQuery(new Term(keyword, keywordValue(keyword, termStr)));
        }
        return across(field, termStr + "*", Kind.PATTERN, f -> super.getPrefixQuery(f, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (keywordField(field) != null) {
            throw new Refusal("wildcards are not supported on " + field + ": (use a prefix, " + field + ":ab*)");
        }
        return across(field, termStr, Kind.PATTERN, f -> super.getWildcardQuery(f, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return across(keywordField(field) != null ? Fields.TEXT : field, termStr + "~" + formatNumber(minSimilarity),
                Kind.FUZZY,
                f -> super.getFuzzyQuery(f, termStr, minSimilarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new Refusal("regular expressions are not supported in queries");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        String keyword = keywordField(field);
        if (keyword == null) {
            throw new Refusal("ranges work only on keyword fields such as month:[2025-01 TO 2025-03]; "
                    + "for dates use the from and to filters");
        }
        return super.getRangeQuery(keyword, part1 == null ? null : keywordValue(keyword, part1),
                part2 == null ? null : keywordValue(keyword, part2), startInclusive, endInclusive);
    }
}
