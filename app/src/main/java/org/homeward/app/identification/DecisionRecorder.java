package org.homeward.app.identification;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.chain.ChainHead;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.identification.store.IdentificationStore;
import org.homeward.app.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Records identification decisions: the checks every decision shares under the decision log's lock,
 * then the append to the tamper-evident chain of decisions with its audit event. Called by
 * {@link Identification} inside its transactions.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DecisionRecorder {

    private final IdentificationStore store;
    private final GeneticData genetics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Takes the decision log's lock, then refuses a decision on a candidate computed with a sample
     * whose consent was withdrawn, or on remains or a person identified otherwise.
     */
    Decision lockAndCheck(CandidateMatch c) {
        Decision head = store.lockedHead().orElse(null);
        Set<String> withdrawn = new TreeSet<>(genetics.withdrawnAmong(store.references(c.id()).values()));
        if (!withdrawn.isEmpty()) {
            throw new IdentificationException("Candidate " + c.id() + " was computed with reference sample "
                    + String.join(", ", withdrawn) + ", whose donor withdrew consent: no decision can rest on it;"
                    + " the next run screens the pair without it");
        }
        for (Decision other : store.confirmationsTouching(c.sampleCode(), c.missingPersonId())) {
            if (!(other.sampleCode().equals(c.sampleCode()) && other.missingPersonId().equals(c.missingPersonId()))) {
                throw new IdentificationException(other.sampleCode().equals(c.sampleCode())
                        ? "Sample " + c.sampleCode() + " is already identified as " + other.missingPersonId() + " (decision " + other.id() + ")"
                        : "Missing person " + c.missingPersonId() + " is already identified by sample " + other.sampleCode()
                                + " (decision " + other.id() + ")");
            }
        }
        return head;
    }

    /** Appends the decision to the chain of decisions and publishes its audit event. */
    Decision append(Decision head, DecisionKind kind, CandidateMatch c, Long proposalId, String reason) {
        if (reason.length() > NOTE_LENGTH) {
            throw new InputRefusedException("reason", String.format(java.util.Locale.ROOT, "A reason has at most %,d characters",
                    NOTE_LENGTH));
        }
        ChainHead chain = head == null ? ChainHead.EMPTY : new ChainHead(head.id(), head.hash());
        long id = chain.seq() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Decision unhashed = new Decision(id, kind, c.id(), proposalId, c.sampleCode(), c.bodyNumber(), c.familyId(), c.missingPersonId(),
                c.log10Lr(), c.prior(), c.posterior(), reason, Actor.current().name(), at, chain.hash(), null);
        Decision decision = new Decision(id, kind, c.id(), proposalId, c.sampleCode(), c.bodyNumber(), c.familyId(), c.missingPersonId(),
                c.log10Lr(), c.prior(), c.posterior(), reason, unhashed.decidedBy(), at, chain.hash(),
                chain.next(DecisionLog.content(unhashed)).hash());
        store.insertDecision(decision);
        String action = "identification." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        events.publishEvent(AuditEvent.of(action, "identification-decision:" + id)
                .with("candidate", c.id()).with("sample", c.sampleCode()).with("body", c.bodyNumber()).with("family", c.familyId())
                .with("missing_person", c.missingPersonId()).with("proposal", proposalId).with("reason", reason)
                .with("hash", decision.hash()));
        return decision;
    }
}
