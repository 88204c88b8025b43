package org.homeward.app.ledger;

import java.util.List;

/** An agreement's progress, per direction, by each party's count. */
public record AgreementProgress(Agreement agreement, List<Party> mediators, List<DirectionProgress> directions) {

    public AgreementProgress {
        mediators = List.copyOf(mediators);
        directions = List.copyOf(directions);
    }
}
