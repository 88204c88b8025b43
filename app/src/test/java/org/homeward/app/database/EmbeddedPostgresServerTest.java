package org.homeward.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server on a real data directory, as {@code homeward serve} runs it. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void data_survives_a_restart_and_a_second_server_is_refused() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDirectory)) {
            execute(first, "CREATE TABLE kept (value text)", "INSERT INTO kept VALUES ('still here')");

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDirectory))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("is in use by another Homeward process (pid " + ProcessHandle.current().pid() + ")");
        }
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDirectory);
             Connection connection = DriverManager.getConnection(again.jdbcUrl(), EmbeddedPostgresServer.USER, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT value FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void commits_are_durable_and_only_local_connections_are_accepted() throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory);
             Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "");
             Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "listen_addresses")).isEqualTo("localhost");
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void the_lock_file_names_the_owner() {
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory)) {
            assertThat(dataDirectory.resolve(DataDirectoryLock.FILE_NAME)).content()
                    .isEqualToIgnoringNewLines(String.valueOf(ProcessHandle.current().pid()));
            assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDirectory))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessage("Data directory " + dataDirectory + " is in use by another Homeward process (pid "
                            + ProcessHandle.current().pid() + "). Stop that process, or choose another directory with"
                            + " --data-dir or HOMEWARD_DATA_DIR.");
        }
        try (DataDirectoryLock relocked = DataDirectoryLock.acquire(dataDirectory)) {
            assertThat(Files.exists(dataDirectory.resolve(DataDirectoryLock.FILE_NAME))).isTrue();
        }
    }

    private static void execute(EmbeddedPostgresServer server, String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "");
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}
