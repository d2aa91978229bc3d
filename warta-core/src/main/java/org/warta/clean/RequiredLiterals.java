package org.warta.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal text a regular expression cannot match without: a list of sets such that every string the pattern
 * matches contains, for each set, at least one of its members. {@code (?:comments?|replies)\s*[(\[]\s*\d+\s*[)\]]}
 * needs one of {@code comment, comments, replies}, one of {@code ( [} and one of {@code ) ]}.
 *
 * <p>The analysis is sound rather than complete: a piece of pattern it cannot read in full (a character class with
 * ranges, {@code \s}, a back reference, an optional or repeated-from-zero part, an alternative with no literal)
 * simply requires nothing, and syntax it does not know at all ({@code (?x)} comments mode, nested classes) makes the
 * whole pattern require nothing. Literals are the pattern's own characters; case is the screen's business
 * ({@link LiteralScreen} compares them case-insensitively, as the rules are compiled).
 */
final class RequiredLiterals {
    /** Finite string sets larger than this are forgotten: they would cost more to look for than they save. */
    static final int MAX_STRINGS = 64;
    static final int MAX_LENGTH = 40;
    /** The strongest requirements kept per pattern; more would rarely rule out a block the first ones let through. */
    static final int MAX_REQUIREMENTS = 4;

    /** Strongest first: the longest shortest member, then the fewest members. */
    private static final Comparator<Set<String>> STRONGEST_FIRST = Comparator
            .comparingInt((Set<String> s) -> -shortest(s)).thenComparingInt(Set::size);

    private final String p;
    private int i;

    private RequiredLiterals(String pattern) {
        this.p = pattern;
    }

    /** The requirements of a pattern, strongest first; empty when nothing is known to be required. */
    static List<Set<String>> of(String pattern) {
        RequiredLiterals parser = new RequiredLiterals(pattern);
        try {
            Info root = parser.alternation();
            if (parser.i != pattern.length()) {
                return List.of();
            }
            List<Set<String>> found = new ArrayList<>(new LinkedHashSet<>(requirements(root)));
            found.sort(STRONGEST_FIRST);
            return List.copyOf(found.subList(0, Math.min(MAX_REQUIREMENTS, found.size())));
        } catch (Unsupported | IndexOutOfBoundsException | NumberFormatException e) {
            return List.of();
        }
    }

    /**
     * What is known of a piece of pattern.
     *
     * @param exact    every string the piece can match is one of these (it may hold ""), or null when unknown
     * @param required sets one member of each of which every match contains
     */
    private record Info(Set<String> exact, List<Set<String>> required) {
        static final Info ANYTHING = new Info(null, List.of());
        static final Info EMPTY = new Info(Set.of(""), List.of());

        static Info exactly(Set<String> strings) {
            return strings == null ? ANYTHING : new Info(strings, List.of());
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    // ---- combining what is known ----

    /** Every requirement of a piece, its exact set included when it cannot be empty. */
    private static List<Set<String>> requirements(Info info) {
        List<Set<String>> all = new ArrayList<>(info.required());
        if (info.exact() != null && !info.exact().contains("")) {
            all.add(info.exact());
        }
        return all;
    }

    private static Set<String> strongest(Info info) {
        return requirements(info).stream().min(STRONGEST_FIRST).orElse(null);
    }

    private static Info concatenation(List<Info> parts) {
        List<Set<String>> required = new ArrayList<>();
        Set<String> run = null;
        boolean allExact = true;
        for (Info part : parts) {
            required.addAll(part.required());
            if (part.exact() == null) {
                allExact = false;
                addIfRequired(required, run);
                run = null;
                continue;
            }
            Set<String> joined = run == null ? part.exact() : product(run, part.exact());
            if (joined == null) {
                allExact = false;
                addIfRequired(required, run);
                joined = part.exact();
            }
            run = joined;
        }
        if (allExact) {
            return new Info(run == null ? Set.of("") : run, required);
        }
        addIfRequired(required, run);
        return new Info(null, required);
    }

    private static void addIfRequired(List<Set<String>> required, Set<String> run) {
        if (run != null && !run.contains("")) {
            required.add(run);
        }
    }

    private static Info alternatives(List<Info> branches) {
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> union = new LinkedHashSet<>();
        for (Info b : branches) {
            if (b.exact() == null) {
                union = null;
                break;
            }
            union.addAll(b.exact());
        }
        if (union != null && union.size() <= MAX_STRINGS) {
            return new Info(Set.copyOf(union), List.of());
        }
        // Each match comes from one branch, so it holds the strongest requirement of that branch.
        Set<String> any = new LinkedHashSet<>();
        for (Info b : branches) {
            Set<String> s = strongest(b);
            if (s == null) {
                return Info.ANYTHING;
            }
            any.addAll(s);
        }
        return any.size() <= MAX_STRINGS ? new Info(null, List.of(Set.copyOf(any))) : Info.ANYTHING;
    }

    private static Info repeat(Info body, int min, int max) {
        if (min == 0) {
            if (max == 1 && body.exact() != null) {
                Set<String> optional = new LinkedHashSet<>(body.exact());
                optional.add("");
                return new Info(Set.copyOf(optional), List.of());
            }
            return Info.ANYTHING;
        }
        if (min == 1 && max == 1) {
            return body;
        }
        return new Info(null, requirements(body));
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        if ((long) left.size() * right.size() > MAX_STRINGS) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String a : left) {
            for (String b : right) {
                String ab = a + b;
                if (ab.length() > MAX_LENGTH) {
                    return null;
                }
                out.add(ab);
            }
        }
        return Set.copyOf(out);
    }

    private static int shortest(Set<String> strings) {
        return strings.stream().mapToInt(String::length).min().orElse(0);
    }

    // ---- reading the pattern ----

    private boolean more() {
        return i < p.length();
    }

    private char peek() {
        return p.charAt(i);
    }

    private boolean take(char c) {
        if (more() && peek() == c) {
            i++;
            return true;
        }
        return false;
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(sequence());
        while (take('|')) {
            branches.add(sequence());
        }
        return alternatives(branches);
    }

    private Info sequence() {
        List<Info> parts = new ArrayList<>();
        while (more() && peek() != '|' && peek() != ')') {
            Info atom = atom();
            while (more() && isQuantifier(peek())) {
                atom = quantified(atom);
            }
            parts.add(atom);
        }
        return concatenation(parts);
    }

    private static boolean isQuantifier(char c) {
        return c == '*' || c == '+' || c == '?' || c == '{';
    }

    private Info quantified(Info atom) {
        char q = p.charAt(i++);
        int min;
        int max;
        switch (q) {
            case '*' -> {
                min = 0;
                max = Integer.MAX_VALUE;
            }
            case '+' -> {
                min = 1;
                max = Integer.MAX_VALUE;
            }
            case '?' -> {
                min = 0;
                max = 1;
            }
            default -> {
                int close = p.indexOf('}', i);
                if (close < 0) {
                    throw new Unsupported("unclosed {");
                }
                String[] bounds = p.substring(i, close).split(",", -1);
                i = close + 1;
                min = Integer.parseInt(bounds[0].strip());
                max = bounds.length == 1 ? min
                        : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
            }
        }
        if (!take('?')) {
            take('+'); // lazy and possessive forms match the same strings
        }
        return repeat(atom, min, max);
    }

    private Info atom() {
        char c = p.charAt(i++);
        return switch (c) {
            case '(' -> group();
            case '[' -> charClass();
            case '\\' -> escape();
            case '.' -> Info.ANYTHING;
            case '^', '$' -> Info.EMPTY;
            case '*', '+', '?', '{' -> throw new Unsupported("dangling quantifier");
            default -> literal(c);
        };
    }

    private static Info literal(char c) {
        return Character.isSurrogate(c) ? Info.ANYTHING : Info.exactly(Set.of(String.valueOf(c)));
    }

    private Info group() {
        if (!take('?')) {
            return closeGroup(alternation());
        }
        char kind = p.charAt(i++);
        switch (kind) {
            case ':', '>' -> {
                return closeGroup(alternation());
            }
            case '=', '!' -> {
                closeGroup(alternation());
                return Info.EMPTY; // a look-ahead consumes nothing
            }
            case '<' -> {
                if (take('=') || take('!')) {
                    closeGroup(alternation());
                    return Info.EMPTY;
                }
                int close = p.indexOf('>', i);
                if (close < 0) {
                    throw new Unsupported("unclosed group name");
                }
                i = close + 1;
                return closeGroup(alternation());
            }
            default -> {
                i--;
                return flags();
            }
        }
    }

    /** {@code (?i)}, {@code (?-i:...)}: case is the screen's business; comments mode would change the syntax. */
    private Info flags() {
        while (more() && (Character.isLetter(peek()) || peek() == '-')) {
            char flag = p.charAt(i++);
            if (flag == 'x') {
                throw new Unsupported("comments mode");
            }
        }
        if (take(')')) {
            return Info.EMPTY;
        }
        if (take(':')) {
            return closeGroup(alternation());
        }
        throw new Unsupported("unknown group");
    }

    private Info closeGroup(Info inside) {
        if (!take(')')) {
            throw new Unsupported("unclosed group");
        }
        return inside;
    }

    private Info escape() {
        char c = p.charAt(i++);
        switch (c) {
            case 'b', 'B' -> {
                if (take('{')) {
                    skipPast('}');
                }
                return Info.EMPTY;
            }
            case 'A', 'z', 'Z', 'G' -> {
                return Info.EMPTY;
            }
            case 'Q' -> {
                int end = p.indexOf("\\E", i);
                String quoted = end < 0 ? p.substring(i) : p.substring(i, end);
                i = end < 0 ? p.length() : end + 2;
                List<Info> chars = new ArrayList<>();
                quoted.chars().forEach(q -> chars.add(literal((char) q)));
                return concatenation(chars);
            }
            case 'p', 'P' -> {
                if (take('{')) {
                    skipPast('}');
                } else {
                    i++;
                }
                return Info.ANYTHING;
            }
            case 'k' -> {
                skipPast('>');
                return Info.ANYTHING;
            }
            case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X' -> {
                return Info.ANYTHING;
            }
            default -> {
                if (c >= '1' && c <= '9') {
                    return Info.ANYTHING; // a back reference: anything the group matched
                }
                i--;
                return literal(escapedChar());
            }
        }
    }

    private void skipPast(char c) {
        int at = p.indexOf(c, i);
        if (at < 0) {
            throw new Unsupported("unclosed " + c);
        }
        i = at + 1;
    }

    /** The character an escape stands for ({@code \t}, {@code \x41}, {@code \u00A0}, {@code \(}), at {@code i}. */
    private char escapedChar() {
        char c = p.charAt(i++);
        return switch (c) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'f' -> '\f';
            case 'a' -> '\u0007';
            case 'e' -> '\u001B';
            case 'c' -> (char) (p.charAt(i++) ^ 64);
            case 'u' -> hex(4);
            case 'x' -> {
                if (take('{')) {
                    int close = p.indexOf('}', i);
                    int cp = Integer.parseInt(p.substring(i, close), 16);
                    i = close + 1;
                    if (cp > 0xFFFF) {
                        throw new Unsupported("supplementary character");
                    }
                    yield (char) cp;
                }
                yield hex(2);
            }
            case '0' -> {
                int start = i;
                while (i < p.length() && i - start < 3 && p.charAt(i) >= '0' && p.charAt(i) <= '7') {
                    i++;
                }
                yield (char) Integer.parseInt(p.substring(start, i), 8);
            }
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new Unsupported("escape \\" + c);
                }
                yield c;
            }
        };
    }

    private char hex(int digits) {
        char c = (char) Integer.parseInt(p.substring(i, i + digits), 16);
        i += digits;
        return c;
    }

    /**
     * A class of single characters such as {@code [（(]} is a set of one-character strings; a negated class, a
     * range, a predefined class or anything more elaborate is any character.
     */
    private Info charClass() {
        boolean plain = !take('^');
        if (more() && peek() == ']') {
            throw new Unsupported("class starting with ]");
        }
        Set<String> members = new LinkedHashSet<>();
        while (!take(']')) {
            char c = p.charAt(i++);
            if (c == '[' || (c == '&' && more() && peek() == '&')) {
                throw new Unsupported("nested class");
            }
            if (c == '\\') {
                char e = peek();
                if ("dDsSwWhHvV".indexOf(e) >= 0) {
                    i++;
                    plain = false;
                    continue;
                }
                if (e == 'p' || e == 'P') {
                    i++;
                    if (take('{')) {
                        skipPast('}');
                    } else {
                        i++;
                    }
                    plain = false;
                    continue;
                }
                if (e == 'Q') {
                    throw new Unsupported("quote in class");
                }
                c = escapedChar();
            }
            if (more() && peek() == '-' && i + 1 < p.length() && p.charAt(i + 1) != ']') {
                i++; // a range: its end is read and the class is no longer a short list
                if (take('\\')) {
                    escapedChar();
                } else {
                    i++;
                }
                plain = false;
                continue;
            }
            if (Character.isSurrogate(c)) {
                plain = false;
            }
            members.add(String.valueOf(c));
        }
        return plain && !members.isEmpty() && members.size() <= MAX_STRINGS ? Info.exactly(Set.copyOf(members)) : Info.ANYTHING;
    }
}
