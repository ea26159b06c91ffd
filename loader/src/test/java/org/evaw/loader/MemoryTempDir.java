package org.evaw.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary directories in memory ({@code /dev/shm}) where the machine has it, else the usual
 * ones: TDB2 syncs its files to disk at every commit, which makes a test that opens a few stores
 * spend most of its time waiting for the disk (49 s against 4 s for {@link LoaderSetupsTest}).
 */
public final class MemoryTempDir implements TempDirFactory {
    private static final Path SHM = Path.of("/dev/shm");

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        if (Files.isDirectory(SHM) && Files.isWritable(SHM))
            return Files.createTempDirectory(SHM, "evaw-kg-test-");
        return Files.createTempDirectory("evaw-kg-test-");
    }
}
