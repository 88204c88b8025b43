package org.homeward.app.identification;

import org.homeward.app.common.StateRefusedException;

/** A decision the case's state refuses (already decided, not a proposal, the same analyst twice): 409, with a message for the analyst. */
public class IdentificationException extends StateRefusedException {

    private static final long serialVersionUID = 1L;

    public IdentificationException(String message) {
        super("Decision refused", message);
    }
}
