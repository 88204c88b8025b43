package org.homeward.app.cli;

import java.util.List;

/**
 * Every subcommand of {@code homeward}, in the order {@code homeward --help} lists them.
 *
 * <p>To add a command: write a picocli {@code @Command} class in this package (package-private is
 * fine) that implements {@code Callable<Integer>}, and add its class here, one per line. A command
 * with subcommands of its own ({@code users add}) lists them in its {@code @Command(subcommands = …)}.
 * ({@code audit verify} and {@code custody verify}, aliases of {@code verify}, are added by {@link VerifyCommand#addAliases}.)
 * A command that needs the database or other beans gets them through {@code @Mixin DataDirectoryApplication}
 * (the {@code --data-dir} option and a context started on it, closed by the command: try-with-resources);
 * a command that does not need them must not start Spring.
 */
final class Subcommands {

    static final List<Class<?>> ALL = List.of(
            ServeCommand.class,
            UsersCommand.class,
            VerifyCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            ValidateCommand.class,
            ScreenCommand.class,
            DviCommand.class,
            BenchCommand.class);

    private Subcommands() {
    }
}
