package org.warta.cli;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.TimeExpression;

/**
 * Scores one article of a news evaluation set against its gold, as the data set's README says: boilerplate as the
 * share of gold lines out of the clean text and, separately, the share of the other lines (captions aside) wrongly
 * taken out; a date when a found expression overlaps the gold text and has the gold value (an {@code XXXX} year
 * matches any year); persons by folded surname; countries as sets; events as (actor1, actor2, CAMEO root) triples,
 * a mutual event matching either direction.
 */
final class NewsScore {
    /** A time zone a found value may add to a gold time that leaves it out. */
    private static final Pattern ZONE = Pattern.compile("Z|[+-]\\d{2}(?::?\\d{2})?");
    private static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private NewsScore() {
    }

    /** Counts for one article; {@code notes} receives a line for every miss and every wrong removal. */
    static NewsTally score(NewsGold gold, String input, Article a, List<String> notes) {
        NewsTally t = new NewsTally();
        t.articles = 1;
        t.langRight = a.language() != null && Objects.equals(a.language().code(), gold.lang()) ? 1 : 0;
        if (t.langRight == 0) {
            notes.add("language: " + (a.language() == null ? "none" : a.language().code()) + ", gold " + gold.lang());
        }
        lines(gold, input, a, t, notes);
        dates(gold, a, t, notes);
        persons(gold, a, t, notes);
        countries(gold, a, t, notes);
        events(gold, a, t, notes);
        return t;
    }

    private static void lines(NewsGold gold, String input, Article a, NewsTally t, List<String> notes) {
        CleanTextLines clean = new CleanTextLines(a.text() == null ? "" : a.text(), a.metadata().title());
        Set<String> boilerplate = keys(gold.boilerplate());
        Set<String> captions = keys(gold.captions());
        List<String> lines = CleanTextLines.lines(input);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String key = CleanTextLines.key(lines.get(i));
            if (key.isEmpty() || captions.contains(key) || !seen.add(key)) {
                continue;
            }
            boolean kept = clean.kept(lines, i);
            if (boilerplate.contains(key)) {
                t.boilerplateLines++;
                t.boilerplateOut += kept ? 0 : 1;
                if (kept) {
                    notes.add("boilerplate kept: " + lines.get(i).strip());
                }
            } else {
                t.articleLines++;
                t.articleOut += kept ? 0 : 1;
                if (!kept) {
                    notes.add("article line removed" + reason(a, lines.get(i)) + ": " + lines.get(i).strip());
                }
            }
        }
    }

    private static Set<String> keys(List<String> lines) {
        Set<String> keys = new HashSet<>();
        lines.forEach(l -> keys.add(CleanTextLines.key(l)));
        return keys;
    }

    private static String reason(Article a, String line) {
        String key = CleanTextLines.key(line);
        return a.removed().stream()
                .filter(r -> {
                    String k = CleanTextLines.key(r.text());
                    return !k.isEmpty() && (key.contains(k) || k.contains(key));
                })
                .map(r -> " (" + r.reason() + ")").findFirst().orElse("");
    }

    private static void dates(NewsGold gold, Article a, NewsTally t, List<String> notes) {
        String text = a.text() == null ? "" : a.text();
        for (NewsGold.GoldDate date : gold.dates()) {
            t.dates++;
            List<int[]> places = occurrences(text, date.text());
            boolean found = false;
            boolean right = false;
            String seen = null;
            for (TimeExpression time : a.times()) {
                for (int[] p : places) {
                    if (time.start() < p[1] && p[0] < time.end()) {
                        found = true;
                        right |= valueMatches(date.value(), time.value());
                        seen = time.text() + " = " + time.value();
                    }
                }
            }
            String published = a.metadata().published();
            if (places.isEmpty() && published != null && valueMatches(date.value(), published)) {
                found = true;
                right = true;
            }
            t.datesFound += found ? 1 : 0;
            t.datesRight += right ? 1 : 0;
            if (!right) {
                notes.add("date " + (found ? "wrong: " : "missed: ") + date.text() + " = " + date.value()
                        + (seen != null ? " (found " + seen + ")" : places.isEmpty() ? " (not in the clean text)" : ""));
            }
        }
    }

    /** Where {@code needle} occurs in {@code text}, spaces matching any run of white space. */
    static List<int[]> occurrences(String text, String needle) {
        List<int[]> out = new ArrayList<>();
        String[] words = needle.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return out;
        }
        StringBuilder regex = new StringBuilder();
        for (String w : words) {
            regex.append(regex.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /**
     * Whether a found TIMEX3 value is the gold one: equal, or the same day with a time of day added, or the same
     * time with its zone added; a gold {@code XXXX} year matches any year.
     */
    static boolean valueMatches(String gold, String found) {
        if (gold == null || found == null) {
            return false;
        }
        String f = found.length() > gold.length() && (found.charAt(gold.length()) == 'T'
                || gold.indexOf('T') > 0 && ZONE.matcher(found.substring(gold.length())).matches())
                ? found.substring(0, gold.length()) : found;
        if (f.length() != gold.length()) {
            return false;
        }
        for (int i = 0; i < gold.length(); i++) {
            boolean anyYear = i < 4 && gold.startsWith("XXXX");
            if (!anyYear && gold.charAt(i) != f.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void persons(NewsGold gold, Article a, NewsTally t, List<String> notes) {
        Set<String> truth = new LinkedHashSet<>();
        gold.persons().forEach(p -> truth.add(surname(p)));
        truth.remove("");
        Set<String> found = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            if (e.type() == Entity.Type.PERSON) {
                found.add(surname(e.canonical() != null ? e.canonical() : e.text()));
            }
        }
        found.remove("");
        t.persons.add(truth, found, "person", notes);
        t.personsFound += found.size();
    }

    /** The last word of a name, in Latin letters without accents, lower case. */
    static String surname(String name) {
        String folded = FOLD.transliterate(name.replaceAll("\\([^)]*\\)", " ")).strip();
        String[] words = folded.split("[^\\p{L}\\p{N}]+");
        for (int i = words.length - 1; i >= 0; i--) {
            if (!words[i].isEmpty()) {
                return words[i].toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static void countries(NewsGold gold, Article a, NewsTally t, List<String> notes) {
        Set<String> found = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            if (e.type() == Entity.Type.GPE && e.country() != null) {
                found.add(e.country());
            }
        }
        t.countries.add(new LinkedHashSet<>(gold.countries()), found, "country", notes);
    }

    private static void events(NewsGold gold, Article a, NewsTally t, List<String> notes) {
        List<Event> coded = EvalEventsCommand.counted(a);
        t.eventsCoded += coded.size();
        List<NewsGold.GoldEvent> open = new ArrayList<>(gold.events());
        int matched = 0;
        List<String> extra = new ArrayList<>();
        for (Event e : coded) {
            NewsGold.GoldEvent hit = open.stream()
                    .filter(g -> same(g, e) || e.mutual() && same(g, e.reversed())).findFirst().orElse(null);
            if (hit != null) {
                open.remove(hit);
                matched++;
            } else {
                extra.add(triple(code(e.actor1()), code(e.actor2()), e.rootCode()));
            }
        }
        t.events.tp += matched;
        t.events.fp += extra.size();
        t.events.fn += open.size();
        open.forEach(g -> notes.add("event missed: " + triple(g.actor1(), g.actor2(), g.root()) + " «" + g.evidence() + "»"));
        extra.forEach(x -> notes.add("event extra: " + x));
    }

    private static boolean same(NewsGold.GoldEvent g, Event e) {
        return Objects.equals(g.actor1(), code(e.actor1())) && Objects.equals(g.actor2(), code(e.actor2()))
                && Objects.equals(g.root(), e.rootCode());
    }

    private static String code(Event.Actor actor) {
        return actor == null ? null : actor.code();
    }

    private static String triple(String a1, String a2, String root) {
        return "(" + a1 + ", " + a2 + ", " + root + ")";
    }
}
