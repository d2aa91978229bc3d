package org.warta.model;

import java.io.Serializable;
import java.util.List;

/**
 * Metadata supplied with a record by its container, each value possibly null.
 *
 * @param id         an identifier the input itself assigns (JSON Lines {@code id})
 * @param title      a title the container gives (feed item, JSON Lines record)
 * @param published  a publication date or date-time, ISO 8601
 * @param language   a declared language (ISO 639-1); a prior for identification, never trusted blindly
 * @param captured   when the record was captured (WARC date), a fallback for the publication date
 * @param author     declared author
 * @param siteName   declared site or outlet name
 * @param notes      things the reader noticed and wants reported as warnings (e.g. a charset fallback)
 */
public record Hints(String id, String title, String published, String language, String captured,
                    String author, String siteName, List<String> notes) implements Serializable {
    public static final Hints NONE = new Hints(null, null, null, null, null, null, null, List.of());

    public Hints {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Hints withNote(String note) {
        var all = new java.util.ArrayList<>(notes);
        all.add(note);
        return new Hints(id, title, published, language, captured, author, siteName, all);
    }
}
