package org.homeward.app.security;

/** Someone else changed the record since it was read (optimistic locking); reload and try again. */
public class StaleRecordException extends AccountException {

    private static final long serialVersionUID = 1L;

    public StaleRecordException(String what) {
        super(what + " was changed by someone else in the meantime. Reload it and try again.");
    }
}
