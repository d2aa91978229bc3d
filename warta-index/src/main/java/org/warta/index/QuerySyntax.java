package org.warta.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;

/**
 * What is wrong with a query that cannot be parsed, said for the person who wrote it: what, at which character, and
 * what to write instead. {@link #check} finds the mistakes the classic parser's lexer stops at (an open quote, a
 * trailing backslash, ...) and nesting too deep to parse safely, before the parser runs; {@link #explain} turns the
 * parser's own errors into such a sentence. Positions count characters from 1.
 */
final class QuerySyntax {
    /** Deeper nesting than anyone writes by hand; it keeps parsing and scoring far from the thread's stack limit. */
    static final int MAX_DEPTH = 32;
    private static final String SPECIAL = "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /";
    private static final Pattern LEXER_COLUMN = Pattern.compile("column (\\d+)");

    private QuerySyntax() {
    }

    /** Refuses a query that the lexer would stop at, or that nests too deep; says where and what to change. */
    static void check(String q) {
        int depth = 0;
        int[] open = new int[MAX_DEPTH + 1];
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 >= q.length()) {
                        throw refuse("the query ends with a backslash, which escapes the character after it; "
                                + "remove it, or write \\\\ to search for a backslash");
                    }
                    i += 2;
                    continue;
                }
                case '"' -> {
                    int end = closingQuote(q, i);
                    if (end < 0) {
                        throw refuse("unbalanced quote: the quote at character " + at(q, i) + " is not closed; close "
                                + "the phrase with another \", or write \\\" to search for a quote");
                    }
                    i = end + 1;
                    continue;
                }
                case '/' -> throw refuse("'/' at character " + at(q, i) + " starts a regular expression, which is "
                        + "not supported; put the words in quotes (\"24/7\") or write \\/ for a slash");
                case '[', '{' -> {
                    int end = closingRange(q, i);
                    if (end < 0) {
                        throw refuse("the range that starts at character " + at(q, i) + " is not closed; write it as "
                                + "month:[2025-01 TO 2025-03], or write \\" + c + " to search for " + c);
                    }
                    i = end + 1;
                    continue;
                }
                case ']', '}' -> throw refuse("'" + c + "' at character " + at(q, i) + " closes a range that was "
                        + "not opened; write ranges as month:[2025-01 TO 2025-03], or write \\" + c);
                case '^' -> checkBoost(q, i);
                case '(' -> {
                    if (depth == MAX_DEPTH) {
                        throw refuse("parentheses nest more than " + MAX_DEPTH + " deep at character " + at(q, i)
                                + "; write the query with fewer levels of parentheses");
                    }
                    open[depth++] = i;
                }
                case ')' -> {
                    if (depth == 0) {
                        throw refuse("unbalanced parenthesis: ')' at character " + at(q, i) + " closes nothing; "
                                + "remove it or add its '('");
                    }
                    depth--;
                }
                default -> {
                }
            }
            i++;
        }
        if (depth > 0) {
            throw refuse("unbalanced parenthesis: '(' at character " + at(q, open[depth - 1]) + " is not closed; "
                    + "add a ')' or remove it");
        }
    }

    /** A boost is a number (Lavrov^2), and not one so large that scores overflow. */
    private static void checkBoost(String q, int caret) {
        int end = digits(q, caret + 1);
        if (end > caret + 1 && end + 1 < q.length() && q.charAt(end) == '.' && digits(q, end + 1) > end + 1) {
            end = digits(q, end + 1);
        }
        if (end == caret + 1) {
            throw refuse("'^' at character " + at(q, caret) + " must be followed by a number that weighs the word "
                    + "before it (Lavrov^2); write \\^ to search for ^");
        }
        String number = q.substring(caret + 1, end);
        if (Double.parseDouble(number) > WartaQueryParser.MAX_BOOST) {
            throw refuse("the boost ^" + number + " at character " + at(q, caret) + " is too large; weigh a word "
                    + "with a number up to " + (int) WartaQueryParser.MAX_BOOST + " (Lavrov^3)");
        }
    }

    private static int digits(String q, int from) {
        int i = from;
        while (i < q.length() && q.charAt(i) >= '0' && q.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The index of the quote that closes the one at {@code start}, or -1. */
    private static int closingQuote(String q, int start) {
        for (int i = start + 1; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the ] or } that ends a range opened at {@code start}, or -1. Quoted bounds may hold either. */
    private static int closingRange(String q, int start) {
        for (int i = start + 1; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '"') {
                int end = closingQuote(q, i);
                if (end > i + 1) {
                    i = end;
                    continue;
                }
            }
            if (c == ']' || c == '}') {
                return i;
            }
        }
        return -1;
    }

    /** A readable sentence for a parser error; never the parser's own text. */
    static String explain(String q, ParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof WartaQueryParser.Refusal) {
            return cause.getMessage();
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return "the query has too many terms once split into words (text without spaces, such as Chinese, is "
                    + "split into words too); use fewer words";
        }
        if (cause instanceof TokenMgrError lexer) {
            return "the query cannot be read at character " + lexerPosition(q, lexer) + "; put special characters ("
                    + SPECIAL + ") in quotes or escape them with \\";
        }
        if (cause instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
            return unexpected(q, p.currentToken, p.currentToken.next);
        }
        return fromMessage(cause.getMessage() == null ? "" : cause.getMessage(), q);
    }

    private static String unexpected(String q, Token before, Token t) {
        if (t.kind == QueryParserConstants.EOF) {
            return "the query ends too early, after '" + lastWord(q) + "'; " + switch (before.kind) {
                case QueryParserConstants.AND, QueryParserConstants.OR, QueryParserConstants.NOT,
                     QueryParserConstants.PLUS, QueryParserConstants.MINUS -> "put a word after it";
                case QueryParserConstants.COLON -> "put a value after the field (title:Riyadh)";
                case QueryParserConstants.RANGE_TO, QueryParserConstants.RANGE_GOOP,
                     QueryParserConstants.RANGEIN_START, QueryParserConstants.RANGEEX_START ->
                        "complete the range (month:[2025-01 TO 2025-03])";
                default -> "complete it";
            };
        }
        String where = "'" + t.image + "' at character " + at(q, t.beginColumn);
        return switch (t.kind) {
            case QueryParserConstants.AND, QueryParserConstants.OR, QueryParserConstants.NOT ->
                    where + " has no word before it to join; AND, OR and NOT go between words; to search for the word itself, "
                            + "write it in lower case or in quotes";
            case QueryParserConstants.RPAREN -> where + (before.kind == QueryParserConstants.LPAREN
                    ? " closes empty parentheses; put words between them" : " comes where a word was expected");
            case QueryParserConstants.COLON -> where + " follows no field name; fields are written title:Riyadh; to "
                    + "search for a colon, put the words in quotes or write \\:";
            case QueryParserConstants.CARAT -> where + " follows no word; a boost is written Lavrov^2";
            case QueryParserConstants.FUZZY_SLOP -> where + " follows no word; fuzzy matching is written Lavrof~";
            case QueryParserConstants.RANGE_TO, QueryParserConstants.RANGEIN_END, QueryParserConstants.RANGEEX_END,
                 QueryParserConstants.RANGE_GOOP, QueryParserConstants.RANGE_QUOTED ->
                    where + " does not fit in a range; write ranges as month:[2025-01 TO 2025-03]";
            default -> "unexpected " + where + "; put special characters (" + SPECIAL + ") in quotes or escape "
                    + "them with \\";
        };
    }

    /** The first word of the query (after any field name) that opens with a wildcard, or null. */
    private static String leadingWildcardWord(String q) {
        for (String word : q.strip().split("\\s+")) {
            String value = word.substring(word.indexOf(':') + 1).replaceFirst("^[+\\-(]+", "");
            if (value.startsWith("*") || value.startsWith("?")) {
                return word;
            }
        }
        return null;
    }

    private static String lastWord(String q) {
        String s = q.strip();
        int space = s.length() - 1;
        while (space >= 0 && !Character.isWhitespace(s.charAt(space))) {
            space--;
        }
        return s.substring(space + 1);
    }

    /** Errors the parser raises without a token: its escape and fuzzy rules. */
    private static String fromMessage(String m, String q) {
        if (m.contains("unicode escape") || m.contains("Unicode escape")) {
            return "a \\u escape needs four hexadecimal digits (\\u00e9)";
        }
        if (m.contains("end with escape character")) {
            return "a word ends with a backslash, which escapes the character after it; write \\\\ for a backslash";
        }
        if (m.contains("Fractional edit distances") || m.contains("Minimum similarity")) {
            return "fuzzy matching takes a whole number of edits, 1 or 2 (Lavrof~1)";
        }
        if (m.contains("not allowed as first character")) {
            String word = leadingWildcardWord(q);
            return "a word cannot start with * or ?" + (word == null ? "" : " (" + word + ")")
                    + "; write the start of the word instead (diplomat*)";
        }
        return "the query cannot be read; put special characters (" + SPECIAL + ") in quotes or escape them with \\";
    }

    /** The 1-based position of the character the lexer stopped at (its message holds a 0-based column). */
    private static int lexerPosition(String q, TokenMgrError e) {
        Matcher m = LEXER_COLUMN.matcher(String.valueOf(e.getMessage()));
        int column = m.find() ? Integer.parseInt(m.group(1)) : q.length();
        return at(q, Math.max(0, column - 1));
    }

    /** The character position, counted from 1 in code points, of a UTF-16 index into the query. */
    static int at(String q, int index) {
        int i = Math.max(0, Math.min(index, q.length()));
        return q.codePointCount(0, i) + 1;
    }

    private static InvalidQueryException refuse(String message) {
        return new InvalidQueryException(message);
    }
}
