package org.warta.cli;

/** Exit statuses, as documented in {@code warta --help}. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int SOME_FAILED = 3;

    private ExitCodes() {
    }
}
