package org.warta.model;

/** The annotation layers an article can carry; stages declare which they need and which they add. */
public enum Layer {
    /** What the reader found. */
    RAW,
    /** Body blocks and metadata pulled from the raw content. */
    DRAFT,
    /** Boilerplate, captions and source lines taken out of the draft. */
    CLEANED,
    LANGUAGE,
    /** The clean text, fixed from here on. */
    TEXT,
    SENTENCES,
    /** The sentences cut into words, numbers and punctuation. */
    TOKENS,
    ENTITIES,
    TIMES,
    EVENTS,
    QUOTES,
    /** The story the article joined and the articles it is tied to. */
    STORY
}
