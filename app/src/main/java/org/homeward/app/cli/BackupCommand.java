package org.homeward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.homeward.app.database.BackupException;
import org.homeward.app.database.BackupSummary;
import org.homeward.app.database.DatabaseBackups;
import org.homeward.app.security.SystemTasks;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** {@code homeward backup FILE}: a consistent, checksummed snapshot of the whole database. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent snapshot of the whole database to FILE (a checksummed zip archive).",
                "While 'homeward serve' runs on the data directory, the snapshot is taken through its database."})
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class BackupCommand implements Callable<Integer> {

    private final SpringContexts spring;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirectoryOption dataDirectory;

    @Parameters(index = "0", paramLabel = "FILE", description = "The archive to write (replaced only once complete).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = spring.startWithoutWebBesideServer(dataDirectory.properties())) {
            DatabaseBackups backups = context.getBean(DatabaseBackups.class);
            BackupSummary summary = SystemTasks.callAs(SystemTasks.consoleActor(), () -> backups.backup(file));
            out.println("Backed up " + summary.contents() + " to " + summary.file());
        } catch (BackupException failed) {
            throw new CommandFailedException(failed.getMessage(), failed);
        }
        out.flush();
        return 0;
    }
}
