package org.evaw.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven put in the jar's manifest. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = EvawKg.class.getPackage().getImplementationVersion();
        return new String[] {"evaw-kg " + (v == null ? "(development build)" : v)};
    }
}
