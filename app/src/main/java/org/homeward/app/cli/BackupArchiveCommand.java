package org.homeward.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.homeward.app.database.BackupException;
import org.homeward.app.database.BackupSummary;
import org.homeward.app.database.DatabaseBackups;
import org.homeward.app.security.SystemTasks;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What {@code backup} and {@code restore} share: the application on the data directory, the archive
 * FILE, and a step on the database's backups taken as the console, whose refusal fails the command.
 */
abstract class BackupArchiveCommand implements Callable<Integer> {

    @Mixin
    DataDirectoryApplication application;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup archive (a checksummed zip file).")
    Path file;

    /** {@code step} on the application's backups as the console; a refused archive fails the command with its reason. */
    static BackupSummary asConsole(ConfigurableApplicationContext context, Function<DatabaseBackups, BackupSummary> step) {
        DatabaseBackups backups = context.getBean(DatabaseBackups.class);
        try {
            return SystemTasks.callAs(SystemTasks.consoleActor(), () -> step.apply(backups));
        } catch (BackupException failed) {
            throw new CommandFailedException(failed.getMessage(), failed);
        }
    }
}
