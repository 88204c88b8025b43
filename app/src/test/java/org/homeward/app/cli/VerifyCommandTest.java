package org.homeward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.homeward.app.HomewardApplication;
import org.homeward.app.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code homeward verify CHAIN} on a database of its own: every chain, one chain, an earlier head, and a forged link named. */
class VerifyCommandTest {

    private static final String GENESIS = "0".repeat(64);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void clear() {
        System.clearProperty("homeward.db.url");
        System.clearProperty("homeward.db.user");
        System.clearProperty("homeward.db.password");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = HomewardCommand.newCommandLine(HomewardApplication.class);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void verify_checks_each_chain_or_all_and_names_the_first_forged_link() throws Exception {
        String url = TestPostgres.createDatabase();
        System.setProperty("homeward.db.url", url);
        System.setProperty("homeward.db.user", TestPostgres.USER);
        System.setProperty("homeward.db.password", "");
        String data = Files.createTempDirectory("homeward-verify-cli").toString();

        assertThat(run("verify", "all", "--data-dir", data)).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("Audit chain intact: \\d+ entr")
                .contains("Custody chain intact: 0 events, head " + GENESIS)
                .contains("Decision chain intact: 0 decisions, head " + GENESIS)
                .contains("Head: 0:" + GENESIS);

        assertThat(run("verify", "custody", "--head", "0:" + GENESIS, "--data-dir", data)).as(err.toString()).isZero();
        assertThat(run("verify", "custody", "--head", "1:" + "a".repeat(64), "--data-dir", data)).isEqualTo(1);
        assertThat(err.toString()).contains("Custody chain shortened: event 1 of the earlier head is gone");
        assertThat(run("verify", "ledger", "--data-dir", data)).isEqualTo(2);
        assertThat(err.toString()).contains("no chain called ledger; choose one of audit, custody, decisions, genetics or all");
        assertThat(run("audit")).isEqualTo(2);

        try (Connection connection = DriverManager.getConnection(url, TestPostgres.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO custody_event (seq, item_kind, item_code, item_seq, event_type, occurred_at, recorded_at, recorded_by,
                        seals_broken, seals_applied, witnesses, previous_hash, item_previous_hash, hash)
                    VALUES (1, 'REMAINS', 'UA-2025-06-16-0001', 1, 'HANDOVER', now(), now(), 'forger', '{}', '{}', '{}',
                        repeat('0', 64), repeat('0', 64), repeat('f', 64))""");
        }
        assertThat(run("verify", "all", "--data-dir", data)).isEqualTo(1);
        assertThat(out.toString()).containsPattern("Audit chain intact").contains("Decision chain intact");
        assertThat(err.toString()).contains("homeward verify: Custody chain broken at event 1 (remains:UA-2025-06-16-0001): "
                + "its content does not match its hash: the event was altered");
        assertThat(run("verify", "decisions", "--data-dir", data)).as(err.toString()).isZero();
    }
}
