package org.warta.index;

import java.io.IOException;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * Reads what a result list shows of a stored article (its summary and outlet, and with {@code article} the article
 * itself) into buffers kept from one hit to the next: a page of hits would otherwise copy every stored article into
 * a new array.
 */
final class HitFields extends StoredFieldVisitor {
    private final boolean article;
    private final BytesRefBuilder summary = new BytesRefBuilder();
    private final BytesRefBuilder json = new BytesRefBuilder();
    private boolean hasSummary;
    private boolean hasJson;
    private String outlet;

    HitFields(boolean article) {
        this.article = article;
    }

    /** Forgets the last document; call before reading the next. */
    HitFields reset() {
        hasSummary = false;
        hasJson = false;
        outlet = null;
        return this;
    }

    @Override
    public Status needsField(FieldInfo field) {
        return switch (field.name) {
            case Fields.SUMMARY, Fields.OUTLET -> Status.YES;
            case Fields.JSON -> article ? Status.YES : Status.NO;
            default -> Status.NO;
        };
    }

    @Override
    public void binaryField(FieldInfo field, DataInput value, int length) throws IOException {
        boolean isSummary = field.name.equals(Fields.SUMMARY);
        BytesRefBuilder into = isSummary ? summary : json;
        into.grow(length);
        value.readBytes(into.bytes(), 0, length);
        into.setLength(length);
        if (isSummary) {
            hasSummary = true;
        } else {
            hasJson = true;
        }
    }

    @Override
    public void stringField(FieldInfo field, String value) {
        outlet = value;
    }

    /** The stored summary, or null when the article was stored before summaries were. Valid until the next read. */
    BytesRef summary() {
        return hasSummary ? summary.get() : null;
    }

    /** The stored article, when it was asked for. Valid until the next read. */
    BytesRef article() {
        return hasJson ? json.get() : null;
    }

    String outlet() {
        return outlet;
    }
}
