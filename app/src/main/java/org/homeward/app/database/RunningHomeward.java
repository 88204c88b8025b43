package org.homeward.app.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Homeward process that holds a data directory, as a command sees it before it starts: its pid
 * and, once its embedded PostgreSQL runs, the address of that database ({@link #jdbcUrl()}), through
 * which a command such as {@code backup} works while the server runs.
 */
public record RunningHomeward(Path dataDirectory, String pid, Integer databasePort) {

    /** The process holding {@code dataDirectory}, or empty when none does (the lock is free or was never taken). */
    public static Optional<RunningHomeward> in(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (!Files.exists(directory.resolve(DataDirectoryLock.FILE_NAME))) {
            return Optional.empty();
        }
        try (DataDirectoryLock free = DataDirectoryLock.acquire(directory)) {
            return Optional.empty();
        } catch (DataDirectoryInUseException inUse) {
            return Optional.of(new RunningHomeward(directory, inUse.holderPid(), inUse.databasePort()));
        }
    }

    /** The running server's database, when its port is known. */
    public Optional<String> jdbcUrl() {
        return Optional.ofNullable(databasePort)
                .map(port -> "jdbc:postgresql://localhost:" + port + "/" + EmbeddedPostgresServer.DATABASE);
    }

    /** The embedded database's user, for {@link #jdbcUrl()}. */
    public static String databaseUser() {
        return EmbeddedPostgresServer.USER;
    }
}
