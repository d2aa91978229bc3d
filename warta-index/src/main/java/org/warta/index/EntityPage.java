package org.warta.index;

import java.time.LocalDate;
import java.util.List;

/**
 * What an entity's page shows besides its {@link EntityReport}: the articles mentioning it by language, the entities
 * mentioned with it as a graph, and what the knowledge base records of it.
 *
 * @param report    the entity's report (name, timeline, newest articles)
 * @param actor     the term its events are found by as an actor: a country's alpha-3 code, else the key
 * @param languages articles mentioning it per language, most first
 * @param graph     the entities mentioned with it and how often they are mentioned with each other
 * @param kb        the knowledge base's record of it, or null when it is not linked to one
 */
public record EntityPage(EntityReport report, String actor, List<LanguageCount> languages, Graph graph, KbFacts kb) {

    public record LanguageCount(String language, long articles) {
    }

    /**
     * Co-occurrence among the articles mentioning the entity.
     *
     * @param nodes the entities mentioned with it, most shared articles first
     * @param edges pairs of those nodes mentioned together in its articles, with how many
     * @param articlesRead how many of its articles the edges were counted over (all of them, up to a limit)
     */
    public record Graph(List<Node> nodes, List<Edge> edges, long articlesRead) {
    }

    /** An entity mentioned with the page's entity, in {@code articles} of its articles. */
    public record Node(String key, String name, String type, long articles) {
    }

    /** Two nodes, by key, mentioned together in {@code articles} of the page entity's articles. */
    public record Edge(String source, String target, long articles) {
    }

    /**
     * The knowledge base's record of an entity.
     *
     * @param names names by language code ("*" for every language)
     * @param roles the positions it held by the base's dated CAMEO codes, newest first
     */
    public record KbFacts(String id, String canonical, String kind, String country, String role, boolean former,
                          java.util.Map<String, List<String>> names, List<Role> roles) {
    }

    /**
     * A position held: a CAMEO actor code with the role and country it stands for, between two dates (either may
     * be unknown: null).
     */
    public record Role(String code, String role, String country, LocalDate from, LocalDate until) {
    }
}
