package org.evaw.cli;

import java.nio.file.Path;

/**
 * Where evaw-kg's files are: the directory given by the {@code evaw.home} system property (the
 * launcher sets it to the checkout), else the working directory. Default paths resolve against it.
 */
final class Home {
    private Home() {}

    static Path dir() {
        String home = System.getProperty("evaw.home");
        return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
    }

    static Path corpus() { return dir().resolve("corpus"); }

    static Path database() { return dir().resolve("run").resolve("tdb2"); }
}
