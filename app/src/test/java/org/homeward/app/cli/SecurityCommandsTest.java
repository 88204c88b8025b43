package org.homeward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.homeward.app.HomewardApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine;

/**
 * The security commands end to end, each on the embedded database of a data directory as an
 * operator runs them: accounts, audit verification, and a backup restored into a new directory.
 */
class SecurityCommandsTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = HomewardCommand.newCommandLine(HomewardApplication.class);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void users_audit_backup_and_restore_into_a_new_data_directory() {
        String first = temp.resolve("first").toString();
        String second = temp.resolve("second").toString();
        String backup = temp.resolve("homeward.backup").toString();

        assertThat(run("users", "add", "--role", "ADMINISTRATOR", "--link", "--name", "Alice Admin", "--data-dir", first, "alice"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Created alice (ADMINISTRATOR)").containsPattern("http://localhost:\\d+/password/[A-Za-z0-9_-]{43}");

        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("a long passphrase for R\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("users", "add", "--role", "AUDITOR", "--role", "OBSERVER", "--password-stdin", "--data-dir", first, "bob"))
                    .as(err.toString()).isZero();
            assertThat(out.toString()).contains("Created bob (AUDITOR, OBSERVER) with the password given.");

            System.setIn(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("users", "add", "--role", "AUDITOR", "--password-stdin", "--data-dir", first, "carol")).isEqualTo(1);
            assertThat(err.toString()).contains("A password needs at least 12 characters.");
        } finally {
            System.setIn(stdin);
        }

        assertThat(run("audit", "verify", "--data-dir", first)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Audit chain intact: 3 entries");

        assertThat(run("backup", "--data-dir", first, backup)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Backed up").contains("to " + backup);
        // the backup checkpointed every chain, and verify holds the chains to it
        assertThat(run("verify", "all", "--data-dir", first)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Audit chain intact: 4 entries").contains("Matches the checkpoint of ")
                .contains("(entry 4, line 1 of " + temp.resolve("first").resolve("checkpoints.jsonl") + ")");
        assertThat(run("verify", "--print-key", "--data-dir", first)).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");

        assertThat(run("restore", "--data-dir", second, backup)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Restored").contains("Audit chain intact: 4 entries");

        assertThat(run("users", "list", "--data-dir", second)).isZero();
        assertThat(out.toString()).contains("alice").contains("waiting for a password").contains("bob").contains("AUDITOR, OBSERVER");

        assertThat(run("restore", "--data-dir", second, backup)).isEqualTo(1);
        assertThat(err.toString()).contains("The database is not empty").contains("--force");
        assertThat(run("restore", "--force", "--data-dir", second, backup)).as(err.toString()).isZero();
    }

    /**
     * Finding 10 of issue 14: commands run on a data directory that a running server holds. Before,
     * each printed a 107-line stack trace; now {@code backup} takes its snapshot through the running
     * server's database and the others say in one line what to do.
     */
    @Test
    void backup_works_while_the_server_runs_and_the_other_commands_say_in_one_line_what_to_do() {
        String data = temp.resolve("data").toString();
        Path backup = temp.resolve("while-serving.backup");
        try (ConfigurableApplicationContext server = new SpringContexts(HomewardApplication.class)
                .startWeb(Map.of("homeward.data-dir", data, "server.port", 0), (ContextClosedEvent closed) -> { })) {

            assertThat(run("backup", "--data-dir", data, backup.toString())).as(err.toString()).isZero();
            assertThat(out.toString()).startsWith("Backed up ");
            assertThat(backup).isNotEmptyFile();

            for (String[] command : new String[][] {{"audit", "verify"}, {"custody", "verify"}, {"users", "list"}}) {
                String[] args = {command[0], command[1], "--data-dir", data};
                assertThat(run(args)).as(String.join(" ", command)).isEqualTo(1);
                assertThat(err.toString().strip()).as(String.join(" ", command))
                        .doesNotContain("\n").doesNotContain("Exception")
                        .contains("is in use by a running Homeward (pid " + ProcessHandle.current().pid() + "): stop it first");
            }
        }
        // the server stopped: the commands work on the directory itself again
        assertThat(run("audit", "verify", "--data-dir", data)).as(err.toString()).isZero();
        assertThat(Files.exists(backup)).isTrue();
    }
}
