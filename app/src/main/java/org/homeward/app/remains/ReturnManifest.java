package org.homeward.app.remains;

import java.time.Instant;
import java.util.List;

import org.homeward.app.ledger.TransferView;

/**
 * What a return to the other side handed over, for the receiving party and the mediator to sign: the
 * return transfer (its date, the returning and receiving parties, the mediators, the transfer the
 * remains had come in) and each of the remains sent back.
 */
public record ReturnManifest(TransferView transfer, List<Entry> remains, Instant generatedAt) {

    /**
     * One of the remains returned.
     *
     * @param bags             the bags it came in, each number as registered
     * @param provisional      the provisional numbers among them (the bag had no readable number); empty when none
     * @param examined         the condition found at its latest examination; null when not examined
     * @param bagCondition     what was wrong with its bag as received; null when nothing was
     * @param sideAssessment   the assessment that it is the other side's, with its evidence
     * @param statedIdentities what its label, the manifest or the handover stated of whose it is; empty when nothing
     */
    public record Entry(String bodyNumber, RemainsKind kind, List<String> bags, List<String> provisional, Condition examined,
                        BagCondition bagCondition, NationalityAssessment sideAssessment, List<StatedIdentity> statedIdentities) {

        public Entry {
            bags = List.copyOf(bags);
            provisional = List.copyOf(provisional);
            statedIdentities = List.copyOf(statedIdentities);
        }
    }

    public ReturnManifest {
        remains = List.copyOf(remains);
    }

    public long bodies() {
        return remains.stream().filter(entry -> entry.kind() == RemainsKind.BODY).count();
    }

    public long bodyParts() {
        return remains.stream().filter(entry -> entry.kind() == RemainsKind.BODY_PART).count();
    }
}
