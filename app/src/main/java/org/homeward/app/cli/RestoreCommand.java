package org.homeward.app.cli;

import org.homeward.app.audit.AuditLog;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.database.BackupSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code homeward restore FILE [--force]}: loads a backup, after checking it, into an empty database. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore the backup FILE written by 'homeward backup': checks its checksums and schema version, then loads",
                "it in one transaction. Only into an empty database (a new --data-dir) unless --force, which replaces everything in it."})
final class RestoreCommand extends BackupArchiveCommand {

    @Option(names = "--force", description = "Replace the contents of a database that is not empty.")
    boolean force;

    @Override
    public Integer call() {
        return application.run((context, out) -> {
            BackupSummary summary = asConsole(context, backups -> backups.restore(file, force));
            out.println("Restored " + summary.contents() + " from " + summary.file());
            ChainVerification verification = context.getBean(AuditLog.class).verify();
            out.println(verification.summary());
            return verification.intact() ? 0 : 1;
        });
    }
}
