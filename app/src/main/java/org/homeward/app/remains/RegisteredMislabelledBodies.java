package org.homeward.app.remains;

import org.homeward.app.ledger.MislabelledBodies;
import org.homeward.app.ledger.TransferId;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Tells the ledger how many bodies of a transfer DNA showed to be mislabelled, as the register counts them. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegisteredMislabelledBodies implements MislabelledBodies {

    private final LabelStatements labels;

    @Override
    public int inTransfer(TransferId transfer) {
        return labels.mislabelledIn(transfer);
    }
}
