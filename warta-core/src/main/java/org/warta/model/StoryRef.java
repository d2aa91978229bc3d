package org.warta.model;

import java.io.Serializable;
import java.util.List;

/**
 * The story an article belongs to, as it stood when the article joined it: the articles about the same event across
 * outlets and languages.
 *
 * @param id        the story's id (the id of the article that started it; a merged story keeps the older id)
 * @param title     the title of its representative article (the one closest to the others)
 * @param size      how many articles it held
 * @param languages its articles' languages, most frequent first
 * @param firstSeen the earliest publication date among its articles (ISO 8601), or null where none has one
 * @param mergedFrom the stories this article tied into this one as it joined (their ids are this id from now on)
 */
public record StoryRef(String id, String title, int size, List<String> languages, String firstSeen,
                       List<String> mergedFrom) implements Serializable {
    public StoryRef {
        languages = List.copyOf(languages);
        mergedFrom = List.copyOf(mergedFrom);
    }

    public StoryRef withMergedFrom(List<String> merged) {
        return new StoryRef(id, title, size, languages, firstSeen, merged);
    }
}
