package org.homeward.app.identification;

/** A decision or request identification refuses, with a message for the analyst. */
public class IdentificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentificationException(String message) {
        super(message);
    }
}
