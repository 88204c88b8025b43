package org.homeward.app.families;

/** The workflow refused a step: {@code field} names what is missing or wrong. */
public class FamiliesInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FamiliesInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
