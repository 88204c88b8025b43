package org.homeward.app.common;

/**
 * An action the record's current state refuses (a case already decided, a proposal confirmed by its
 * own analyst): 409, with a short title and a message for the person acting.
 */
public class StateRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String title;

    public StateRefusedException(String title, String message) {
        super(message);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
