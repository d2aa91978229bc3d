package org.warta.model;

import java.io.Serializable;

/** Text taken out of the article as boilerplate, with the reason (ad-placeholder, comment-counter, ...). */
public record Removal(String text, String reason) implements Serializable {
}
