package org.homeward.app.cli;

import org.homeward.app.database.BackupSummary;

import picocli.CommandLine.Command;

/** {@code homeward backup FILE}: a consistent, checksummed snapshot of the whole database. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent snapshot of the whole database to FILE (a checksummed zip archive), replacing FILE",
                "only once complete. While 'homeward serve' runs on the data directory, the snapshot is taken through its database."})
final class BackupCommand extends BackupArchiveCommand {

    @Override
    public Integer call() {
        return application.runBesideServer((context, out) -> {
            BackupSummary summary = asConsole(context, backups -> backups.backup(file));
            out.println("Backed up " + summary.contents() + " to " + summary.file());
            return 0;
        });
    }
}
