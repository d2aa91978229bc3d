package org.warta.model;

import java.io.Serializable;

/** A direct or indirect quotation and who said it (an index into the entity layer, or -1 when unknown). */
public record Quote(int start, int end, String text, String speaker, int speakerEntity, boolean direct)
        implements Span, Serializable {
    public Quote {
        Span.check(start, end);
    }
}
