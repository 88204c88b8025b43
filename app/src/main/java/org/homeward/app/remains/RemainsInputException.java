package org.homeward.app.remains;

/** A request to the register was refused: {@code field} names what is wrong (a JSON path such as {@code bodyNumbers[2]}). */
public class RemainsInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public RemainsInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
