package org.homeward.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.homeward.app.audit.AuditLog;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.database.BackupException;
import org.homeward.app.database.BackupSummary;
import org.homeward.app.database.DatabaseBackups;
import org.homeward.app.security.SystemTasks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code homeward restore FILE [--force]}: loads a backup, after checking it, into an empty database. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore the backup FILE: checks its checksums and schema version, then loads it in one transaction.",
                "Only into an empty database (a new --data-dir) unless --force, which replaces everything in it."})
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DataDirectoryApplication application;

    @Parameters(index = "0", paramLabel = "FILE", description = "A backup written by 'homeward backup'.")
    Path file;

    @Option(names = "--force", description = "Replace the contents of a database that is not empty.")
    boolean force;

    @Override
    public Integer call() {
        return application.run((context, out) -> {
            DatabaseBackups backups = context.getBean(DatabaseBackups.class);
            try {
                BackupSummary summary = SystemTasks.callAs(SystemTasks.consoleActor(), () -> backups.restore(file, force));
                out.println("Restored " + summary.contents() + " from " + summary.file());
            } catch (BackupException failed) {
                throw new CommandFailedException(failed.getMessage(), failed);
            }
            ChainVerification verification = context.getBean(AuditLog.class).verify();
            out.println(verification.summary());
            return verification.intact() ? 0 : 1;
        });
    }
}
