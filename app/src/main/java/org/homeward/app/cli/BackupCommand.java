package org.homeward.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.homeward.app.database.BackupException;
import org.homeward.app.database.BackupSummary;
import org.homeward.app.database.DatabaseBackups;
import org.homeward.app.security.SystemTasks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code homeward backup FILE}: a consistent, checksummed snapshot of the whole database. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent snapshot of the whole database to FILE (a checksummed zip archive).",
                "While 'homeward serve' runs on the data directory, the snapshot is taken through its database."})
final class BackupCommand implements Callable<Integer> {

    @Mixin
    DataDirectoryApplication application;

    @Parameters(index = "0", paramLabel = "FILE", description = "The archive to write (replaced only once complete).")
    Path file;

    @Override
    public Integer call() {
        return application.runBesideServer((context, out) -> {
            DatabaseBackups backups = context.getBean(DatabaseBackups.class);
            try {
                BackupSummary summary = SystemTasks.callAs(SystemTasks.consoleActor(), () -> backups.backup(file));
                out.println("Backed up " + summary.contents() + " to " + summary.file());
                return 0;
            } catch (BackupException failed) {
                throw new CommandFailedException(failed.getMessage(), failed);
            }
        });
    }
}
