package org.homeward.app.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code homeward} command. Its subcommands are listed in {@link Subcommands}; running it with
 * no subcommand prints the usage and fails.
 */
@Command(
        name = "homeward",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps the record of war dead exchanged between parties to a conflict and identifies them by DNA kinship.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'homeward COMMAND --help' for the options of a command."})
public final class HomewardCommand extends CommandGroup {

    /**
     * Parses {@code args}, runs the chosen command and returns the process exit code.
     * {@code application} is the {@code @SpringBootApplication} class that commands start.
     */
    public static int execute(Class<?> application, String... args) {
        return newCommandLine(application).execute(args);
    }

    /** The command line with every subcommand registered; tests may set its output streams. */
    public static CommandLine newCommandLine(Class<?> application) {
        CommandFactory factory = new CommandFactory(new SpringContexts(application));
        CommandLine commandLine = new CommandLine(new HomewardCommand(), factory);
        for (Class<?> subcommand : Subcommands.ALL) {
            commandLine.addSubcommand(subcommand);
        }
        VerifyCommand.addAliases(commandLine, factory);
        commandLine.setExecutionExceptionHandler(HomewardCommand::handleFailure);
        return commandLine;
    }

    private static int handleFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        if (failure instanceof CommandFailedException commandFailed) {
            PrintWriter err = commandLine.getErr();
            err.println("homeward " + commandLine.getCommandName() + ": " + commandFailed.getMessage());
            err.flush();
            return commandFailed.exitCode();
        }
        throw failure;
    }
}
