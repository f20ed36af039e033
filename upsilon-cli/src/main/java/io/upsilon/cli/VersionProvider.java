package io.upsilon.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest ("dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"upsilon " + (v == null ? "dev" : v)};
    }
}
