package org.homeward.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per test JVM, in a temporary directory removed when the JVM exits.
 * {@link #createDatabase()} gives each caller a new, empty database on it (a CREATE DATABASE takes
 * a few tens of milliseconds; the server starts once, in a few seconds).
 */
public final class TestPostgres {

    public static final String USER = "postgres";

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** Creates an empty database and returns its JDBC URL (user {@link #USER}, no password). */
    public static String createDatabase() {
        String name = "homeward_test_" + databases.incrementAndGet();
        EmbeddedPostgres postgres = server();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Durability is not needed for tests: skip the disk flushes.
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .setLocaleConfig("locale", "C")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
            }
        }
        return server;
    }
}
