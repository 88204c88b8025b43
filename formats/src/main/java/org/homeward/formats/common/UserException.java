package org.homeward.formats.common;

/**
 * The user's input is wrong and the user can fix it; the message says how. Everything else that
 * goes wrong inside the library is an internal fault and is thrown as an ordinary runtime exception.
 */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
