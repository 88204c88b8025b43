package org.homeward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.homeward.app.HomewardApplication;
import org.homeward.app.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code homeward custody verify} on a database of its own: intact when empty, and the first broken event named. */
class CustodyCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void clear() {
        System.clearProperty("homeward.db.url");
        System.clearProperty("homeward.db.user");
        System.clearProperty("homeward.db.password");
    }

    private int run(String... args) {
        CommandLine commandLine = HomewardCommand.newCommandLine(HomewardApplication.class);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void verify_reports_intact_chains_then_names_the_first_broken_event() throws Exception {
        String url = TestPostgres.createDatabase();
        System.setProperty("homeward.db.url", url);
        System.setProperty("homeward.db.user", TestPostgres.USER);
        System.setProperty("homeward.db.password", "");
        Path data = Files.createTempDirectory("homeward-custody-cli");

        assertThat(run("custody", "verify", "--data-dir", data.toString())).isZero();
        assertThat(out.toString()).contains("Custody chain intact: 0 events").contains("Head: 0:" + "0".repeat(64));

        try (Connection connection = DriverManager.getConnection(url, TestPostgres.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO custody_event (seq, item_kind, item_code, item_seq, event_type, occurred_at, recorded_at, recorded_by,
                        seals_broken, seals_applied, witnesses, previous_hash, item_previous_hash, hash)
                    VALUES (1, 'REMAINS', 'UA-2025-06-16-0001', 1, 'HANDOVER', now(), now(), 'forger', '{}', '{}', '{}',
                        repeat('0', 64), repeat('0', 64), repeat('f', 64))""");
        }
        assertThat(run("custody", "verify", "--data-dir", data.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Custody chain broken at event 1 (remains:UA-2025-06-16-0001)")
                .contains("does not match its hash");
    }
}
