package org.warta.time;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The value column of a time rule: literal TIMEX3 text, slots and functions, e.g. {@code {y|XXXX}-{month}-{d}},
 * {@code shift(-{num},{unit})}, {@code weekday({weekday},-1)T{pod}}, {@code dur({num},{unit})}.
 *
 * <ul>
 *   <li>{@code {slot}} is the slot's normalised value ("02" for February); {@code {slot|XXXX}} gives a default when
 *       the slot took no part in the match; a missing slot without a default is empty.</li>
 *   <li>A function is a lower-case name followed by arguments in parentheses; the arguments are templates too.
 *       Literal value text is upper case, digits and punctuation, so the two never mix up.</li>
 * </ul>
 * Functions: {@code shift(n,unit)}, {@code before(n,unit)}, {@code focus(unit[,year])}, {@code weekday(day,direction)},
 * {@code weekdayof(day,weeks)}, {@code month(m,direction)},
 * {@code weekend(direction)}, {@code dur(n,unit)}, {@code part(Q|H,n)},
 * {@code decade(year)}, {@code century(n)}, {@code year(yy)}, {@code yearof(century,n)},
 * {@code holiday(spec,year)}, {@code clock(h,m,meridiem)},
 * {@code numdate(a,b,year)}. See {@link TimeResolver} and {@link TimexValues} for what each computes.
 */
final class ValueTemplate {
    private final String source;
    private final List<Node> nodes;

    private ValueTemplate(String source, List<Node> nodes) {
        this.source = source;
        this.nodes = nodes;
    }

    /** What a template needs while it is evaluated. */
    interface Env {
        /** A slot's normalised value, or null when the slot took no part in the match. */
        String slot(String name);

        TimeResolver resolver();

        /** The order numeric dates are written in: "dmy", "mdy" or "ymd". */
        String dateOrder();
    }

    static ValueTemplate parse(String source) {
        Parser p = new Parser(source);
        List<Node> nodes = p.sequence(false);
        if (p.pos != source.length()) {
            throw new IllegalArgumentException("unexpected '" + source.charAt(p.pos) + "' at " + p.pos + " in " + source);
        }
        return new ValueTemplate(source, nodes);
    }

    /** The value, or null when the match does not make one (a day 32, a slot that failed to read). */
    String evaluate(Env env) {
        return concat(nodes, env);
    }

    private static String concat(List<Node> nodes, Env env) {
        StringBuilder b = new StringBuilder();
        for (Node n : nodes) {
            String v = n.evaluate(env);
            if (v == null) {
                return null;
            }
            b.append(v);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return source;
    }

    private sealed interface Node permits Literal, Slot, Call {
        String evaluate(Env env);
    }

    private record Literal(String text) implements Node {
        public String evaluate(Env env) {
            return text;
        }
    }

    private record Slot(String name, String fallback) implements Node {
        public String evaluate(Env env) {
            String v = env.slot(name);
            return v != null ? v : fallback == null ? "" : fallback;
        }
    }

    private record Call(String function, List<List<Node>> args) implements Node {
        public String evaluate(Env env) {
            List<String> values = new ArrayList<>();
            for (List<Node> arg : args) {
                String v = concat(arg, env);
                if (v == null) {
                    return null;
                }
                values.add(v.startsWith("--") ? v.substring(2) : v);
            }
            try {
                return apply(function, values, env);
            } catch (RuntimeException e) {
                // a slot that is not the number the function wants: no value, so no expression
                return null;
            }
        }
    }

    static final List<String> FUNCTIONS = List.of(
            "shift", "before", "focus", "weekday", "weekdayof", "month", "weekend", "dur", "part", "decade", "century", "year", "yearof", "holiday", "clock", "numdate", "calendar");

    private static String apply(String f, List<String> a, Env env) {
        TimeResolver r = env.resolver();
        Function<Integer, String> arg = i -> i < a.size() ? a.get(i) : "";
        return switch (f) {
            case "shift" -> r.shift(arg.apply(0), arg.apply(1));
            case "weekday" -> r.weekday(arg.apply(0), arg.apply(1).isEmpty() ? "0" : arg.apply(1));
            case "before" -> r.before(arg.apply(0), arg.apply(1));
            case "focus" -> r.focus(arg.apply(0), arg.apply(1));
            case "weekdayof" -> r.weekdayOf(arg.apply(0), arg.apply(1).isEmpty() ? "0" : arg.apply(1));
            case "month" -> r.month(arg.apply(0), arg.apply(1).isEmpty() ? "0" : arg.apply(1));
            case "weekend" -> r.weekend(arg.apply(0).isEmpty() ? "0" : arg.apply(0));
            case "dur" -> TimexValues.duration(arg.apply(0), arg.apply(1));
            case "part" -> r.partOfYear(arg.apply(0), arg.apply(1));
            case "decade" -> r.decade(arg.apply(0));
            case "century" -> TimexValues.century(arg.apply(0));
            case "year" -> r.year(arg.apply(0));
            case "holiday" -> r.holiday(arg.apply(0), arg.apply(1).isEmpty() ? "XXXX" : arg.apply(1));
            case "yearof" -> TimexValues.yearOf(arg.apply(0), arg.apply(1));
            case "clock" -> TimexValues.clock(arg.apply(0), arg.apply(1), arg.apply(2));
            case "numdate" -> numericDate(arg.apply(0), arg.apply(1), arg.apply(2), env);
            case "calendar" -> Calendars.gregorian(arg.apply(0), arg.apply(1), arg.apply(2), arg.apply(3));
            default -> throw new IllegalStateException("unknown function " + f);
        };
    }

    /**
     * A date written in numbers, read in the language's order; a part over 12 can only be the day, so "4/14" reads
     * as April 14 even where the day usually comes first.
     */
    private static String numericDate(String first, String second, String year, Env env) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        boolean monthFirst = "mdy".equals(env.dateOrder());
        if (a > 12 && b <= 12) {
            monthFirst = false;
        } else if (b > 12 && a <= 12) {
            monthFirst = true;
        }
        int month = monthFirst ? a : b;
        int day = monthFirst ? b : a;
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        String y = year == null || year.isEmpty() ? "XXXX" : year.length() == 2 ? env.resolver().year(year) : year;
        return y + (month < 10 ? "-0" : "-") + month + (day < 10 ? "-0" : "-") + day;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        List<Node> sequence(boolean inArgs) {
            List<Node> out = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (inArgs && (c == ',' || c == ')')) {
                    break;
                }
                if (c == '{') {
                    flush(literal, out);
                    out.add(slot());
                    continue;
                }
                if (c >= 'a' && c <= 'z') {
                    int end = pos;
                    while (end < s.length() && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') {
                        end++;
                    }
                    if (end < s.length() && s.charAt(end) == '(') {
                        flush(literal, out);
                        String name = s.substring(pos, end);
                        if (!FUNCTIONS.contains(name)) {
                            throw new IllegalArgumentException("unknown function '" + name + "' in " + s);
                        }
                        pos = end + 1;
                        out.add(new Call(name, arguments()));
                        continue;
                    }
                }
                literal.append(c);
                pos++;
            }
            flush(literal, out);
            return out;
        }

        private List<List<Node>> arguments() {
            List<List<Node>> args = new ArrayList<>();
            while (true) {
                args.add(sequence(true));
                if (pos >= s.length()) {
                    throw new IllegalArgumentException("missing ')' in " + s);
                }
                char c = s.charAt(pos++);
                if (c == ')') {
                    return args;
                }
            }
        }

        private Node slot() {
            int close = s.indexOf('}', pos);
            if (close < 0) {
                throw new IllegalArgumentException("missing '}' in " + s);
            }
            String body = s.substring(pos + 1, close);
            pos = close + 1;
            int bar = body.indexOf('|');
            return bar < 0 ? new Slot(body, null) : new Slot(body.substring(0, bar), body.substring(bar + 1));
        }

        private static void flush(StringBuilder literal, List<Node> out) {
            if (literal.length() > 0) {
                out.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
        }
    }
}
