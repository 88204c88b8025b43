package org.homeward.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.homeward.app.security.AccountException;
import org.homeward.app.security.OneTimeLink;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccount;
import org.homeward.app.security.UserAccounts;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code homeward users add|list|link}: user accounts from the console (audited as {@code console:<os user>}). */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage user accounts: add one (with a password typed now or a one-time link), list them, or issue a password link.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Link.class})
final class UsersCommand extends CommandGroup {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Create a user account. On a terminal, asks for the password (twice);"
                    + " otherwise, or with --link, prints a one-time link with which the person sets it.",
                    "Roles: ADMINISTRATOR, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, AUDITOR, OBSERVER."})
    static final class Add implements Callable<Integer> {

        @Mixin
        DataDirectoryApplication application;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "A role of the account; repeat for several.")
        List<Role> roles;

        @Option(names = "--name", paramLabel = "NAME", description = "The person's full name (default: the username).")
        String displayName;

        @Option(names = "--link", description = "Print a one-time link instead of asking for the password.")
        boolean link;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input (for scripts).")
        boolean passwordFromStdin;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "3 to 64 characters: a-z, digits, '.', '-', '_'.")
        String username;

        @Override
        public Integer call() throws IOException {
            Set<Role> roleSet = EnumSet.copyOf(roles);
            String password = null;
            Console console = System.console();
            if (passwordFromStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? "" : line;
            } else if (!link && console != null) {
                char[] first = console.readPassword("Password for %s: ", username);
                char[] second = console.readPassword("Repeat the password: ");
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    throw new CommandFailedException("The two passwords differ; nothing was created.");
                }
                password = new String(first);
                Arrays.fill(first, ' ');
                Arrays.fill(second, ' ');
            }
            String typed = password;
            return application.run((context, out) -> {
                UserAccounts accounts = context.getBean(UserAccounts.class);
                try {
                    SystemTasks.runAs(SystemTasks.consoleActor(), () -> {
                        if (typed != null) {
                            UserAccount created = accounts.createWithPassword(username, displayName, roleSet, typed);
                            out.println("Created " + created.username() + " (" + roles(created) + ") with the password given.");
                        } else {
                            UserAccount created = accounts.create(username, displayName, roleSet);
                            OneTimeLink oneTime = accounts.passwordLink(created.id());
                            out.println("Created " + created.username() + " (" + roles(created) + "). The person sets the password"
                                    + " with this one-time link (valid until " + oneTime.expiresAt() + "):");
                            out.println("  " + accounts.consoleUrl(oneTime, port(context)));
                        }
                    });
                } catch (AccountException refused) {
                    throw new CommandFailedException(refused.getMessage());
                }
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the user accounts.")
    static final class ListUsers implements Callable<Integer> {

        @Mixin
        DataDirectoryApplication application;

        @Override
        public Integer call() {
            return application.run((context, out) -> {
                for (UserAccount account : context.getBean(UserAccounts.class).list()) {
                    String state = !account.enabled() ? "disabled" : account.passwordSet() ? "active" : "waiting for a password";
                    out.printf("%-24s %-40s %s%n", account.username(), roles(account), state);
                }
                return 0;
            });
        }
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = "Print a new one-time link with which USERNAME sets a new password (earlier links stop working).")
    static final class Link implements Callable<Integer> {

        @Mixin
        DataDirectoryApplication application;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            return application.run((context, out) -> {
                UserAccounts accounts = context.getBean(UserAccounts.class);
                UserAccount account = accounts.findByUsername(username)
                        .orElseThrow(() -> new CommandFailedException("There is no user " + username + "."));
                OneTimeLink oneTime = SystemTasks.callAs(SystemTasks.consoleActor(), () -> accounts.passwordLink(account.id()));
                out.println("One-time link for " + account.username() + " (valid until " + oneTime.expiresAt() + "):");
                out.println("  " + accounts.consoleUrl(oneTime, port(context)));
                return 0;
            });
        }
    }

    static String roles(UserAccount account) {
        return String.join(", ", account.roles().stream().map(Role::name).sorted().toList());
    }

    static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("server.port", Integer.class, 8080);
    }
}
