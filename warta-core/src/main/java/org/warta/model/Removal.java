package org.warta.model;

/** Text taken out of the article as boilerplate, with the reason (ad-placeholder, comment-counter, ...). */
public record Removal(String text, String reason) {
}
