package org.homeward.app.ledger;

/**
 * Input the ledger refuses, naming the field (as a path in the request: {@code figure},
 * {@code subject.transfer}). The REST API answers it with a 400 problem, pages with the form again.
 */
public class LedgerInputException extends RuntimeException {

    private final String field;

    public LedgerInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
