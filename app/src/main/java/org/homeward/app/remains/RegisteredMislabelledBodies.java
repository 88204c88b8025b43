package org.homeward.app.remains;

import org.homeward.app.ledger.MislabelledBodies;
import org.homeward.app.ledger.TransferId;
import org.springframework.stereotype.Component;

/** Tells the ledger how many bodies of a transfer DNA showed to be mislabelled, as the register counts them. */
@Component
class RegisteredMislabelledBodies implements MislabelledBodies {

    private final LabelStatements labels;

    RegisteredMislabelledBodies(LabelStatements labels) {
        this.labels = labels;
    }

    @Override
    public int inTransfer(TransferId transfer) {
        return labels.mislabelledIn(transfer);
    }
}
