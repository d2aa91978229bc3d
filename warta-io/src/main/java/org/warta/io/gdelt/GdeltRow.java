package org.warta.io.gdelt;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of the GDELT 2.0 Event table: a value (possibly empty) for each {@link GdeltColumn}. The same model
 * writes Warta's rows and parses GDELT's own files, which is how the format is checked.
 */
public final class GdeltRow {
    private final EnumMap<GdeltColumn, String> values = new EnumMap<>(GdeltColumn.class);

    public GdeltRow set(GdeltColumn column, Object value) {
        values.put(column, value == null ? "" : clean(String.valueOf(value)));
        return this;
    }

    public String get(GdeltColumn column) {
        return values.getOrDefault(column, "");
    }

    public Map<GdeltColumn, String> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** The tab-separated line, without its newline. */
    public String toLine() {
        StringBuilder b = new StringBuilder();
        for (GdeltColumn c : GdeltColumn.values()) {
            if (c.ordinal() > 0) {
                b.append('\t');
            }
            b.append(get(c));
        }
        return b.toString();
    }

    /** Parses one line of a GDELT 2.0 Event file; it must have exactly 61 tab-separated fields. */
    public static GdeltRow parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != GdeltColumn.values().length) {
            throw new IllegalArgumentException("a GDELT 2.0 event row has " + GdeltColumn.values().length
                    + " tab-separated fields, this one has " + fields.length);
        }
        GdeltRow row = new GdeltRow();
        for (GdeltColumn c : GdeltColumn.values()) {
            row.values.put(c, fields[c.ordinal()]);
        }
        return row;
    }

    /** Tabs and line breaks would break the format; names and URLs never need them. */
    private static String clean(String s) {
        return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    @Override
    public String toString() {
        return Arrays.toString(values.values().toArray());
    }
}
