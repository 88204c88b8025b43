package org.homeward.app.identification;

/** A decision the case's state refuses (already decided, not a proposal, the same analyst twice): 409, with a message for the analyst. */
public class IdentificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentificationException(String message) {
        super(message);
    }
}
