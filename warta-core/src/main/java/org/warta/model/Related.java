package org.warta.model;

import java.io.Serializable;

/**
 * Another article this one is tied to.
 *
 * @param id       the other article's id
 * @param relation one of {@link #DUPLICATE} (same text, same language), {@link #REPUBLICATION} (the same text from
 *                 another outlet, edited or not), {@link #TRANSLATION} (the same article in another language),
 *                 {@link #SAME_STORY}, {@link #TRANSLATED_FROM} and {@link #REPUBLISHED_FROM} (this article's
 *                 source line names the other one), and their reverses {@link #TRANSLATED_AS} and
 *                 {@link #REPUBLISHED_AS}
 * @param score    0..1, how close the two are
 * @param evidence what decided it, in words ("text 0.93 alike", "source line names its URL")
 */
public record Related(String id, String relation, double score, String evidence) implements Serializable {
    public static final String DUPLICATE = "duplicate";
    public static final String REPUBLICATION = "republication";
    public static final String TRANSLATION = "translation";
    public static final String SAME_STORY = "same_story";
    public static final String TRANSLATED_FROM = "translated_from";
    public static final String REPUBLISHED_FROM = "republished_from";
    public static final String TRANSLATED_AS = "translated_as";
    public static final String REPUBLISHED_AS = "republished_as";

    /** The relation seen from the other article. */
    public static String reverse(String relation) {
        return switch (relation) {
            case TRANSLATED_FROM -> TRANSLATED_AS;
            case TRANSLATED_AS -> TRANSLATED_FROM;
            case REPUBLISHED_FROM -> REPUBLISHED_AS;
            case REPUBLISHED_AS -> REPUBLISHED_FROM;
            default -> relation;
        };
    }
}
