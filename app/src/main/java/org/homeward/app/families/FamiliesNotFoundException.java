package org.homeward.app.families;

/** There is no such notification. */
public class FamiliesNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FamiliesNotFoundException(String what, Object id) {
        super("There is no " + what + " " + id);
    }
}
