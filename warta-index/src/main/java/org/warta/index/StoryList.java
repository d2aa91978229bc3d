package org.warta.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of stories.
 *
 * @param total      every story with a matching article
 * @param stories    this page
 * @param nextCursor pass it back for the next page; null on the last page
 */
public record StoryList(long total, List<Summary> stories, String nextCursor) {
    /**
     * A story as a list shows it.
     *
     * @param title     the title of its representative article
     * @param languages its articles' languages, most frequent first
     * @param firstSeen the earliest publication day of its articles, or null
     * @param lastSeen  the latest publication day of its articles, or null
     * @param countries the countries its articles are most about (alpha-3), at most five
     * @param entities  the people, organisations and places most of its articles mention, at most five
     */
    public record Summary(String id, String title, int size, List<String> languages, LocalDate firstSeen,
                          LocalDate lastSeen, List<String> countries, List<EntityCount> entities) {
    }

    /**
     * An entity and the number of a story's articles that mention it.
     *
     * @param kbId its knowledge-base id, or "name:" and its folded name when it has none
     */
    public record EntityCount(String kbId, String name, String type, long count) {
    }
}
