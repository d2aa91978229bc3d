package org.warta.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so it never drifts from the build. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"warta " + (v == null ? "(development build)" : v)};
    }
}
