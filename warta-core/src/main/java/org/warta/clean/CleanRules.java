package org.warta.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.warta.lang.LanguageData;

/**
 * The boilerplate patterns of every language, loaded once from {@code clean.tsv} files. All languages' rules apply
 * to every article: cleaning runs before the language is known, and the line rules are anchored and short enough
 * that a rule of one language does not fire on ordinary prose of another.
 *
 * <p>File format, tab-separated: {@code scope reason pattern}, where scope is {@code line} (the pattern must match
 * the whole block, stripped) or {@code inline} (matches are cut out of a block). Patterns are Java regular
 * expressions, matched case-insensitively. Named groups carry what is kept: {@code caption} and {@code credit} for
 * captions, {@code source} for source lines, {@code author} for bylines.
 *
 * <p>Nothing in the data says what a pattern needs to match: the literal text a line rule cannot match without is
 * read from the pattern itself, and a rule runs on a block only when the block holds it (a caption rule needs its
 * credit bracket and keyword, a share prompt its verb). The screen only ever skips a rule that could not match.
 */
public final class CleanRules {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final CleanRules DEFAULT = load(LanguageData.folders());

    private final List<CleanRule> lineRules;
    private final List<CleanRule> inlineRules;
    private final LiteralScreen lineScreen;

    private CleanRules(List<CleanRule> lineRules, List<CleanRule> inlineRules) {
        this.lineRules = List.copyOf(lineRules);
        this.inlineRules = List.copyOf(inlineRules);
        this.lineScreen = LiteralScreen.of(this.lineRules.stream().map(r -> r.pattern().pattern()).toList());
    }

    public static CleanRules defaults() {
        return DEFAULT;
    }

    /** Loads the rules of the given language folders; a malformed row fails loudly with its file and line. */
    public static CleanRules load(List<String> folders) {
        List<CleanRule> line = new ArrayList<>();
        List<CleanRule> inline = new ArrayList<>();
        for (String folder : folders) {
            for (LanguageData.Row row : LanguageData.rows(folder, "clean.tsv")) {
                CleanRule rule = parse(row);
                (rule.scope() == CleanRule.Scope.LINE ? line : inline).add(rule);
            }
        }
        return new CleanRules(line, inline);
    }

    private static CleanRule parse(LanguageData.Row row) {
        if (row.cells().length < 3) {
            throw new IllegalStateException(row.where() + ": expected 'scope<TAB>reason<TAB>pattern'");
        }
        CleanRule.Scope scope;
        try {
            scope = CleanRule.Scope.valueOf(row.cell(0).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(row.where() + ": scope must be 'line' or 'inline', not '" + row.cell(0) + "'");
        }
        try {
            return new CleanRule(scope, row.cell(1), Pattern.compile(row.cell(2), FLAGS), row.where());
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(row.where() + ": bad pattern: " + e.getMessage(), e);
        }
    }

    public List<CleanRule> lineRules() {
        return lineRules;
    }

    public List<CleanRule> inlineRules() {
        return inlineRules;
    }

    /**
     * Which line rules could match a block, found by looking for the literal text each rule's pattern needs
     * (see {@link RequiredLiterals}); only those rules' regular expressions are worth running.
     */
    LiteralScreen.Presence screenLine(String block) {
        return lineScreen.scan(block);
    }
}
