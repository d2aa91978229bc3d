package org.warta.index;

import java.util.ArrayList;
import java.util.List;
import org.warta.Warta;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.model.TimeExpression;
import org.warta.testing.Fixtures;

/**
 * Articles written for the tests (in the repository, see {@link Fixtures}) run through today's pipeline, then given
 * entity, time and event layers as the recognisers produce them (found by their text, so the offsets are true), so
 * that facets, entity pages, event queries and highlights are exercised on known layers.
 */
public final class SampleArticles {
    public static final String LAVROV = "Q167542";
    public static final String RUBIO = "Q324546";
    public static final String PUTIN = "Q7747";
    public static final String XSS_TITLE = "Payload <script>document.title='pwned'</script> test";
    public static final String XSS_SCRIPT = "<script>window.__pwned = 1; document.title = 'pwned';</script>";
    public static final String XSS_IMG = "<img src=x onerror=\"window.__pwned = 2; document.title = 'pwned'\">";

    private SampleArticles() {
    }

    static RawDocument raw(String id, String text, String title, String published, String url, String site) {
        return new RawDocument(text, RawDocument.TEXT, new Source(null, url, "jsonl", null),
                new Hints(id, title, published, null, null, null, site, List.of()));
    }

    /**
     * An Indonesian article with the seed article's traits (caption and credit, source line, boilerplate), with
     * people, places, times and two events.
     */
    public static Article seed() {
        String text = Fixtures.text(Fixtures.ARTICLE_ID);
        Article a = Warta.process(raw("seed-lavrov-rubio", text, null, "2025-02-14",
                "https://example.id/lavrov-rubio", "Contoh Berita"));
        Annotator n = new Annotator(a);
        n.person("Sergei Lavrov", LAVROV, "foreign minister", "RUS");
        n.person("Marco Rubio", RUBIO, "secretary of state", "USA");
        n.person("Vladimir Putin", PUTIN, "president", "RUS");
        n.person("Donald Trump", "Q22686", "president", "USA");
        n.place("Ukraina", "Q212", "UKR");
        n.place("Amerika Serikat", "Q30", "USA");
        n.org("Kementerian Luar Negeri Rusia", "Q1575519", "RUS");
        n.time("12 Februari 2025", "2025-02-12", "DATE");
        n.time("2016", "2016", "DATE");
        n.event("sepakat untuk membuka kembali saluran komunikasi", actor("RUSGOV", "Sergei Lavrov", "RUS", LAVROV),
                actor("USAGOV", "Marco Rubio", "USA", RUBIO), "040", "04", 1, 1.0, "2025-02-12", "sepakat");
        n.event("melakukan panggilan telepon", actor("RUSGOV", "Vladimir Putin", "RUS", PUTIN),
                actor("USAGOV", "Donald Trump", "USA", "Q22686"), "042", "04", 1, 1.9, "2025-02-12", "panggilan telepon");
        return n.build();
    }

    /** An English article about the same people, a week later, with a conflict event in the other direction. */
    public static Article english() {
        String text = "US Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on "
                + "Tuesday, 18 February 2025, for talks on ending the war in Ukraine.\n\n"
                + "Rubio said the United States would consider easing sanctions if a ceasefire held. Lavrov called "
                + "the meeting useful and said Moscow was ready to restore embassies.\n\n"
                + "On Wednesday Washington criticised Moscow over strikes on Kyiv.";
        Article a = Warta.process(raw("en-riyadh-talks", text, "Rubio and Lavrov meet in Riyadh", "2025-02-18",
                "https://news.example.com/world/riyadh-talks", null));
        Annotator n = new Annotator(a);
        n.person("Marco Rubio", RUBIO, "secretary of state", "USA");
        n.person("Sergei Lavrov", LAVROV, "foreign minister", "RUS");
        n.place("Riyadh", "Q3692", "SAU");
        n.place("Ukraine", "Q212", "UKR");
        n.place("Kyiv", "Q1899", "UKR");
        n.time("Tuesday, 18 February 2025", "2025-02-18", "DATE");
        n.time("On Wednesday", "2025-02-19", "DATE");
        n.event("met Russian Foreign Minister", actor("USAGOV", "Marco Rubio", "USA", RUBIO),
                actor("RUSGOV", "Sergei Lavrov", "RUS", LAVROV), "043", "04", 1, 2.8, "2025-02-18", "met");
        n.event("Washington criticised Moscow", actor("USAGOV", "Washington", "USA", null),
                actor("RUSGOV", "Moscow", "RUS", null), "111", "11", 3, -2.0, "2025-03-19", "criticised");
        return n.build();
    }

    /** An article whose text and title try to run script in the page. */
    public static Article hostile() {
        String text = "Breaking: security researchers published a test string.\n\n" + XSS_SCRIPT + "\n\n" + XSS_IMG
                + "\n\nNeither should run; both should be shown as text. Lavrov was not involved.";
        Article a = Warta.process(raw("xss-test", text, XSS_TITLE, "2025-02-20",
                "https://evil.example.net/x?a=<b>", "<b>Evil</b> Outlet"));
        Annotator n = new Annotator(a);
        n.entity("Lavrov", "Sergei Lavrov", Entity.Type.PERSON, LAVROV, "foreign minister <i>x</i>", "RUS");
        return n.build();
    }

    /**
     * {@code n} different Vietnamese articles, without their entity, time and event layers, so that the counts the
     * tests expect come from the hand-annotated articles alone. The ten short news items of the fixture come first
     * as they are; after them, each item is followed by a paragraph of another, so that no two texts are the same.
     */
    public static List<Article> vietnamese(int n) {
        List<String> items = List.of(Fixtures.text("vi-articles.txt").split("\n---\n"));
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = items.get(i % items.size()).strip();
            int round = i / items.size();
            if (round > 0) {
                String[] other = items.get((i + round) % items.size()).strip().split("\n");
                text += "\n" + other[Math.min(round, other.length - 1)];
            }
            out.add(Warta.process(new RawDocument(text, RawDocument.TEXT, Source.ofText("vi-" + (i + 1) + ".txt"),
                    Hints.NONE)).toBuilder().entities(List.of()).times(List.of()).events(List.of()).build());
        }
        return out;
    }

    public static Event.Actor actor(String code, String name, String country, String kb) {
        return new Event.Actor(code, name, country, code.length() > 3 ? code.substring(3) : null, kb);
    }

    /** Adds layers by finding their text in the article's clean text. */
    public static final class Annotator {
        private final Article article;
        private final String text;
        private final List<Entity> entities = new ArrayList<>();
        private final List<TimeExpression> times = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();

        public Annotator(Article article) {
            this.article = article;
            this.text = article.text();
        }

        private int find(String s) {
            int at = text.indexOf(s);
            if (at < 0) {
                throw new IllegalArgumentException("'" + s + "' is not in the text of " + article.id());
            }
            return at;
        }

        public Annotator person(String name, String kb, String role, String country) {
            return entity(name, Entity.Type.PERSON, kb, role, country);
        }

        public Annotator place(String name, String kb, String country) {
            return entity(name, Entity.Type.GPE, kb, null, country);
        }

        public Annotator org(String name, String kb, String country) {
            return entity(name, Entity.Type.ORG, kb, null, country);
        }

        /** Every mention of the name becomes an entity. */
        private Annotator entity(String name, Entity.Type type, String kb, String role, String country) {
            return entity(name, name, type, kb, role, country);
        }

        /** Every mention of the text becomes an entity with this canonical name. */
        public Annotator entity(String mention, String canonical, Entity.Type type, String kb, String role,
                                String country) {
            find(mention);
            for (int at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + mention.length())) {
                entities.add(new Entity(at, at + mention.length(), mention, type, canonical, kb, role, country, 0.9));
            }
            return this;
        }

        public Annotator time(String s, String value, String type) {
            int at = find(s);
            times.add(new TimeExpression(at, at + s.length(), s, value, type));
            return this;
        }

        public Annotator event(String evidence, Event.Actor a1, Event.Actor a2, String code, String root, int quad,
                               double goldstein, String date, String trigger) {
            int at = find(evidence);
            events.add(new Event(at, at + evidence.length(), a1, a2, code, root, quad, goldstein, date, null,
                    trigger, Event.Status.ASSERTED, null, 0.8));
            return this;
        }

        public Article build() {
            entities.sort(java.util.Comparator.comparingInt(Entity::start));
            return article.toBuilder().entities(entities).times(times).events(events)
                    .layer(org.warta.model.Layer.ENTITIES).layer(org.warta.model.Layer.TIMES)
                    .layer(org.warta.model.Layer.EVENTS).build();
        }
    }
}
