package org.warta.model;

import java.io.Serializable;

/**
 * A time expression with its TIMEX3-style value ("2025-02-12", "XXXX-02-12", "2016", "P3D", "FUTURE_REF").
 *
 * @param type DATE, TIME, DURATION or SET, as in TIMEX3
 */
public record TimeExpression(int start, int end, String text, String value, String type) implements Span, Serializable {
    public TimeExpression {
        Span.check(start, end);
    }
}
