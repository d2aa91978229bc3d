package org.warta.cli;

import java.util.List;
import java.util.Set;

/** The counts behind `warta eval news`, for one article or summed over many. */
final class NewsTally {
    int articles;
    int langRight;
    int boilerplateLines;
    int boilerplateOut;
    int articleLines;
    int articleOut;
    int dates;
    int datesFound;
    int datesRight;
    int personsFound;
    int eventsCoded;
    final Matches persons = new Matches();
    final Matches countries = new Matches();
    final Matches events = new Matches();

    /** True positives, false positives and false negatives of one kind of fact. */
    static final class Matches {
        int tp;
        int fp;
        int fn;

        void add(Set<String> truth, Set<String> found, String what, List<String> notes) {
            for (String f : found) {
                if (truth.contains(f)) {
                    tp++;
                } else {
                    fp++;
                    notes.add(what + " extra: " + f);
                }
            }
            for (String g : truth) {
                if (!found.contains(g)) {
                    fn++;
                    notes.add(what + " missed: " + g);
                }
            }
        }

        void add(Matches o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }

        /** F1, or NaN when there is nothing to find and nothing was found. */
        double f1() {
            return tp + fp + fn == 0 ? Double.NaN : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        int gold() {
            return tp + fn;
        }
    }

    void add(NewsTally o) {
        articles += o.articles;
        langRight += o.langRight;
        boilerplateLines += o.boilerplateLines;
        boilerplateOut += o.boilerplateOut;
        articleLines += o.articleLines;
        articleOut += o.articleOut;
        dates += o.dates;
        datesFound += o.datesFound;
        datesRight += o.datesRight;
        personsFound += o.personsFound;
        eventsCoded += o.eventsCoded;
        persons.add(o.persons);
        countries.add(o.countries);
        events.add(o.events);
    }

    static double share(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
