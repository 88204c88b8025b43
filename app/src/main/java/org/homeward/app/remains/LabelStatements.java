package org.homeward.app.remains;

import static org.homeward.app.security.Permission.IDENTIFICATION_REVIEW;
import static org.homeward.app.security.Permission.REMAINS_READ;
import static org.homeward.app.security.Permission.REMAINS_WRITE;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.FeatureService;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.store.LabelStore;
import org.homeward.app.security.Actor;
import org.homeward.app.security.RequiresPermission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Label versus DNA: what the label, the manifest or the handover stated of whose remains these are,
 * and the contradictions identification finds between such a statement and the DNA result. A
 * transfer's mislabelled bodies are counted for its receipt and for the ledger.
 */
@FeatureService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LabelStatements {

    private final LabelStore store;
    private final RemainsRegister register;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Records what a label, manifest or handover stated of whose remains these are. */
    @Transactional
    @RequiresPermission(REMAINS_WRITE)
    public StatedIdentity record(BodyNumber body, NewStatedIdentity statement) {
        requireRemains(body);
        if (statement.statesNothing()) {
            throw new InputRefusedException("statedName", "State a name, a service number or a side");
        }
        long id = store.insert(body.value(), statement, Actor.current().name(), now());
        events.publishEvent(AuditEvent.of("remains.identity-stated", "remains:" + body).with("source", statement.source())
                .with("side", statement.statedSide()).with("statement", id));
        return store.statements(body.value()).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /**
     * What was stated of whose remains these are, oldest first. Unguarded, as {@link RemainsRegister#find}: identification
     * compares it with every candidate it shows an analyst; the pages and the API that show it need {@code REMAINS_READ}.
     */
    public List<StatedIdentity> statements(BodyNumber body) {
        return store.statements(body.value());
    }

    /**
     * Records that the DNA result contradicts the statement: the remains were identified as
     * {@code identifiedAs} by the decision or re-association {@code decisionId}, the contradiction being {@code kind}.
     * Identification calls it when it confirms who they are.
     */
    @Transactional
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public void recordContradiction(StatedIdentity statement, String identifiedAs, ContradictionKind kind, EstablishedBy establishedBy,
                                    long decisionId) {
        store.insertContradiction(statement.id(), statement.bodyNumber(), identifiedAs, kind, establishedBy, decisionId, now());
        events.publishEvent(AuditEvent.of("remains.label-contradicted", "remains:" + statement.bodyNumber())
                .with("statement", statement.id()).with("source", statement.source()).with("identified_as", identifiedAs)
                .with("kind", kind).with("established_by", establishedBy).with("decision", decisionId));
    }

    /** The statements that the DNA result contradicts, oldest first. */
    @RequiresPermission(REMAINS_READ)
    public List<LabelContradiction> contradictions(BodyNumber body) {
        return store.contradictions(body.value());
    }

    /** How many bodies received in the transfer were found mislabelled: a count with no names, for the receipt and the ledger. */
    public int mislabelledIn(TransferId transfer) {
        return store.mislabelledIn(transfer);
    }

    private void requireRemains(BodyNumber body) {
        if (register.find(body).isEmpty()) {
            throw new NotFoundException("remains", body);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
