package org.homeward.app.security;

/** An account operation refused for a reason the person can act on; the message says which. */
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountException(String message) {
        super(message);
    }
}
