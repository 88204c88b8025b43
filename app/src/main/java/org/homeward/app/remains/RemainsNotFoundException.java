package org.homeward.app.remains;

/** No remains, sample or transfer under the code given. */
public class RemainsNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RemainsNotFoundException(String what, String code) {
        super("No " + what + " " + code);
    }
}
