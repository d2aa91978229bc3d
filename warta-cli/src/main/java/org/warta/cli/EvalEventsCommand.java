package org.warta.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.Event;
import org.warta.model.Hints;
import org.warta.model.Layer;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {
                "CAMEO event coding against UniversalPetrarch's gold validation records (English PETR2_GSR and two "
                        + "Spanish sets), counted as its validation.py counts them.",
                "Each record's <Text> goes through the same pipeline as `warta process` (the parse trees in the "
                        + "files are not read). Per record: correct events, gold events not coded (misses) and coded "
                        + "events matching no gold event (extra). TP = correct / (correct + missed); "
                        + "FP = extra / records. A record coded 'noevents' counts one correct event when nothing "
                        + "is coded. Event codes are compared at the gold's precision; actors by country and primary "
                        + "sector (see docs/events.md). Only ASSERTED and FUTURE events count, as a coder that "
                        + "reports what happened or is announced."
        })
final class EvalEventsCommand implements Callable<Integer> {
    /** UniversalPetrarch's own figures on its English suite (validation.py). */
    private static final String PUBLISHED = "UniversalPetrarch, English suite: TP 68%, FP 23%";

    @Option(names = "--dataset", paramLabel = "FILE",
            description = "A UniversalPetrarch validation file (repeatable). Default: the three in ../shared/events/universal-petrarch.")
    List<Path> datasets = new ArrayList<>();

    @Option(names = "--misses", description = "Print each record with a miss or an extra event, and what was coded.")
    boolean misses;

    @Option(names = "--strict", description = "Also print the strict score (actor country and sector equal).")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        if (datasets.isEmpty()) {
            Path dir = Home.shared("events/universal-petrarch");
            for (String f : List.of("PETR2_GSR_validation.xml", "spanish_fight_reduced_181227v2_validation.xml",
                    "spanish_protest_plover_validation.xml")) {
                datasets.add(dir.resolve(f));
            }
        }
        Pipeline pipeline = Pipeline.of(Pipelines.stages(WartaOptions.defaults()));
        if (!pipeline.stageNames().contains("events")) {
            System.err.println("warta eval events: the pipeline has no events stage (it needs an entities stage): "
                    + pipeline.stageNames());
            return ExitCodes.INTERNAL;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf("%-48s %7s %6s %7s %7s %6s %7s %7s%n", "dataset", "records", "gold", "correct", "missed", "extra",
                "TP%", "FP%");
        for (Path file : datasets) {
            if (!Home.exists(file)) {
                System.err.println("warta eval events: no such file " + file);
                return ExitCodes.USAGE;
            }
            Tally lenient = new Tally();
            Tally strictTally = new Tally();
            evaluate(file, pipeline, lenient, strictTally, out);
            out.printf(Locale.ROOT, "%-48s %7d %6d %7d %7d %6d %6.1f%% %6.1f%%%n", file.getFileName(),
                    lenient.records, lenient.correct + lenient.missed, lenient.correct, lenient.missed, lenient.extra,
                    lenient.tp(), lenient.fp());
            if (strict) {
                out.printf(Locale.ROOT, "%-48s %7d %6d %7d %7d %6d %6.1f%% %6.1f%%%n", "  strict actors and codes",
                        strictTally.records, strictTally.correct + strictTally.missed, strictTally.correct,
                        strictTally.missed, strictTally.extra, strictTally.tp(), strictTally.fp());
            }
        }
        out.println("published: " + PUBLISHED);
        return ExitCodes.OK;
    }

    private static final class Tally {
        int records;
        int correct;
        int missed;
        int extra;

        double tp() {
            return correct + missed == 0 ? 0 : 100.0 * correct / (correct + missed);
        }

        double fp() {
            return records == 0 ? 0 : 100.0 * extra / records;
        }
    }

    private void evaluate(Path file, Pipeline pipeline, Tally lenient, Tally strictTally, PrintStream out)
            throws IOException {
        String language = file.getFileName().toString().toLowerCase(Locale.ROOT).contains("spanish") ? "es" : "en";
        List<EventGold> records = EventGold.read(file);
        boolean compareActors = records.stream().flatMap(r -> r.codings().stream())
                .anyMatch(c -> !c.source().equals("---") || !c.target().equals("---"));
        for (EventGold record : records) {
            if (!record.scored()) {
                continue;
            }
            Hints hints = new Hints(record.id(), null, record.isoDate(), language, null, null, null, List.of());
            Article a = pipeline.process(new RawDocument(record.text(), RawDocument.TEXT,
                    new Source(file.toString(), null, "text", record.id()), hints));
            List<Event> coded = counted(a);
            int[] l = score(record, coded, false, compareActors);
            int[] s = score(record, coded, true, compareActors);
            add(lenient, l);
            add(strictTally, s);
            if (misses && (l[1] > 0 || l[2] > 0)) {
                explain(out, record, a, coded, compareActors);
            }
        }
    }

    private static void add(Tally t, int[] s) {
        t.records++;
        t.correct += s[0];
        t.missed += s[1];
        t.extra += s[2];
    }

    static List<Event> counted(Article a) {
        if (!a.has(Layer.EVENTS)) {
            return List.of();
        }
        return a.events().stream()
                .filter(e -> e.status().happens()).toList();
    }

    /**
     * {correct, missed, extra} for one record. Each gold event is matched at most once, and coded events are
     * assigned to gold events so that as many as possible match (not first come, first served). A mutual event
     * ("A and B held talks") holds both ways: it may match a gold event in each direction, and is one extra event
     * when it matches none.
     */
    static int[] score(EventGold record, List<Event> coded, boolean strict, boolean compareActors) {
        if (record.noEvents()) {
            return coded.isEmpty() ? new int[] {1, 0, 0} : new int[] {0, 1, coded.size()};
        }
        List<EventGold.Coding> gold = record.codings();
        List<Event> slots = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < coded.size(); i++) {
            slots.add(coded.get(i));
            owner.add(i);
            if (coded.get(i).mutual()) {
                slots.add(coded.get(i).reversed());
                owner.add(i);
            }
        }
        int[] slotOfGold = new int[gold.size()];
        java.util.Arrays.fill(slotOfGold, -1);
        for (int slot = 0; slot < slots.size(); slot++) {
            augment(slot, slots, gold, slotOfGold, new boolean[gold.size()], strict, compareActors);
        }
        boolean[] eventMatched = new boolean[coded.size()];
        int correct = 0;
        for (int g : slotOfGold) {
            if (g >= 0) {
                correct++;
                eventMatched[owner.get(g)] = true;
            }
        }
        int extra = 0;
        for (boolean m : eventMatched) {
            extra += m ? 0 : 1;
        }
        return new int[] {correct, gold.size() - correct, extra};
    }

    /** One step of maximum bipartite matching (augmenting paths) between coded slots and gold events. */
    private static boolean augment(int slot, List<Event> slots, List<EventGold.Coding> gold, int[] slotOfGold,
                                   boolean[] seen, boolean strict, boolean compareActors) {
        for (int g = 0; g < gold.size(); g++) {
            if (seen[g] || !EventMatch.matches(gold.get(g), slots.get(slot), strict, compareActors)) {
                continue;
            }
            seen[g] = true;
            if (slotOfGold[g] < 0 || augment(slotOfGold[g], slots, gold, slotOfGold, seen, strict, compareActors)) {
                slotOfGold[g] = slot;
                return true;
            }
        }
        return false;
    }

    private static void explain(PrintStream out, EventGold record, Article a, List<Event> coded, boolean compareActors) {
        out.println("— " + record.id() + " [" + a.language().code() + "] " + record.text());
        if (record.noEvents()) {
            out.println("    gold: no events");
        }
        for (EventGold.Coding c : record.codings()) {
            boolean found = coded.stream().anyMatch(e -> EventMatch.matches(c, e, false, compareActors)
                    || e.mutual() && EventMatch.matches(c, e.reversed(), false, compareActors));
            out.println("    gold  " + (found ? "ok   " : "MISS ") + c.eventCode() + " " + c.source() + " → " + c.target());
        }
        for (Event e : a.events()) {
            boolean counted = coded.contains(e);
            boolean ok = record.codings().stream().anyMatch(c -> EventMatch.matches(c, e, false, compareActors)
                    || e.mutual() && EventMatch.matches(c, e.reversed(), false, compareActors));
            out.println("    coded " + (!counted ? "(" + e.status() + ") " : ok ? "ok   " : "EXTRA ") + e.code() + " "
                    + code(e.actor1()) + (e.mutual() ? " ↔ " : " → ") + code(e.actor2()) + "  «" + e.trigger() + "»");
        }
    }

    private static String code(Event.Actor a) {
        return a == null ? "---" : a.code();
    }
}
