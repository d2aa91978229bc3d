package org.warta.model;

import java.io.Serializable;

/** A sentence of the clean text, and the paragraph (0-based) it sits in. */
public record Sentence(int start, int end, int paragraph) implements Span, Serializable {
    public Sentence {
        Span.check(start, end);
    }
}
