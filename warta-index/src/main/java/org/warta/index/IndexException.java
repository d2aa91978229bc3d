package org.warta.index;

/** The index cannot be opened or used; the message says why and what to do. */
public final class IndexException extends RuntimeException {
    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
