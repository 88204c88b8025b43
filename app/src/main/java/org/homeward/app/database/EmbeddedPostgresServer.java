package org.homeward.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The PostgreSQL server that Homeward runs itself when no database URL is configured. Its files
 * live in {@code <data dir>/postgres} and are kept across restarts; {@code <data dir>/homeward.lock}
 * keeps a second Homeward process away while this one runs.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "homeward";
    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;

    /** Locks {@code dataDirectory}, starts PostgreSQL on its files (creating them the first time) and a free port. */
    static EmbeddedPostgresServer start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
        try {
            Path pgData = directory.resolve("postgres");
            Files.createDirectories(pgData);
            stopOrphanedPostmaster(pgData);
            log.info("Starting embedded PostgreSQL in {}", pgData);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    // zonky's defaults suit tests (it passes -F, fsync off, and synchronous_commit=off);
                    // these are records: a committed row must survive a crash or a power cut.
                    // Connections only from this machine.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    .setLocaleConfig("locale", "C")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(lock, postgres);
            server.createDatabaseIfMissing();
            lock.recordDatabasePort(postgres.getPort());
            return server;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e instanceof IOException io ? new UncheckedIOException("Cannot start embedded PostgreSQL in " + directory, io)
                    : (RuntimeException) e;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    int port() {
        return postgres.getPort();
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
            }
            log.info("Created database {}", DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + DATABASE + " in embedded PostgreSQL", e);
        }
    }

    /**
     * A PostgreSQL left running by a Homeward process that was killed: we hold the data directory
     * lock, so no live Homeward owns it. Ask it to shut down (SIGTERM, a smart shutdown) before
     * starting our own on the same files.
     */
    private static void stopOrphanedPostmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::strip)
                .filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier Homeward process", process.pid(), pgData);
        CompletableFuture<ProcessHandle> exited = process.onExit();
        process.destroy();
        try {
            exited.get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned PostgreSQL " + process.pid(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("PostgreSQL " + process.pid() + " on " + pgData + " did not stop; stop it by hand", e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.error("Could not stop embedded PostgreSQL", e);
        } finally {
            lock.close();
        }
    }
}
