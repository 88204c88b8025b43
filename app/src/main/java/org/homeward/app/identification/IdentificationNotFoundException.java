package org.homeward.app.identification;

/** No run, candidate or decision with that id. */
public class IdentificationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentificationNotFoundException(String message) {
        super(message);
    }
}
