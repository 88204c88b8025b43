package org.homeward.app.database;

/** A backup or restore refused or failed for a reason the operator can act on; nothing was changed. */
public class BackupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
