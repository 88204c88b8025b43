package org.homeward.app.cli;

/**
 * A command failed for a reason the person running it can act on (a bad file, a busy data
 * directory). Only the message is printed, without a stack trace.
 */
public class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandFailedException(String message) {
        this(message, 1);
    }

    public CommandFailedException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = 1;
    }

    public int exitCode() {
        return exitCode;
    }
}
