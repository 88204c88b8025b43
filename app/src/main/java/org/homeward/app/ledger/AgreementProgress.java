package org.homeward.app.ledger;

import java.util.List;

/**
 * An agreement's progress, per direction, by each party's count, and what the ledger finds when it
 * checks those figures against each other.
 */
public record AgreementProgress(Agreement agreement, List<Party> mediators, List<DirectionProgress> directions,
                                List<SelfCheck> checks) {

    public AgreementProgress {
        mediators = List.copyOf(mediators);
        directions = List.copyOf(directions);
        checks = List.copyOf(checks);
    }
}
