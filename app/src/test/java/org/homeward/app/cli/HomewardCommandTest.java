package org.homeward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.homeward.app.HomewardApplication;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The command line without Spring: none of these start the application. */
class HomewardCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = HomewardCommand.newCommandLine(HomewardApplication.class);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void help_lists_the_commands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: homeward").contains("serve").contains("Start the web application");
    }

    @Test
    void version_names_homeward() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Homeward ");
    }

    @Test
    void no_command_is_a_usage_error() {
        assertThat(run()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("a command is required").contains("Usage: homeward");
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        assertThat(run("fly")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("fly");
    }

    @Test
    void serve_documents_its_options() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--port").contains("8080").contains("--data-dir").contains("--demo");
    }

    @Test
    void every_registered_command_has_a_name_and_a_description() {
        CommandLine commandLine = HomewardCommand.newCommandLine(HomewardApplication.class);
        // every listed command, plus the two aliases of verify ("audit verify", "custody verify")
        assertThat(commandLine.getSubcommands().keySet()).hasSize(Subcommands.ALL.size() + 2).contains("audit", "custody", "verify");
        commandLine.getSubcommands().forEach((name, command) ->
                assertThat(command.getCommandSpec().usageMessage().description()).as(name).isNotEmpty());
    }
}
