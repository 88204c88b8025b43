package org.homeward.app.identification;

import static org.homeward.app.security.Permission.IDENTIFICATION_REVIEW;
import static org.homeward.app.web.Limits.MAX_ROWS;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.genetics.ConsentWithdrawn;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.identification.store.IdentificationStore;
import org.homeward.app.identification.store.ReassociationStore;
import org.homeward.app.identification.store.ReassociationStore.DnaSupport;
import org.homeward.app.identification.store.ReassociationStore.Identified;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.EstimatedSex;
import org.homeward.app.remains.Examination;
import org.homeward.app.remains.RemainsFile;
import org.homeward.app.remains.RemainsLab;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.Sample;
import org.homeward.app.remains.SampleCode;
import org.homeward.app.security.Actor;
import org.homeward.app.security.RequiresPermission;
import org.homeward.kinship.Sex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Re-association at any time: a further body part joins a person already identified through the
 * same two-analyst review as an identification (a first analyst proposes it with its basis, LR and
 * reasoning; a second, different one confirms or rejects it). A confirmation publishes
 * {@link FurtherRemainsConfirmed} in its transaction, so that the family is told through its
 * liaison officer. Refused, naming the field: a person not identified yet, a part unknown or already
 * identified, a DNA basis the current run does not show, a person of the other sex than the part.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Reassociations {

    private final ReassociationStore store;
    private final RemainsRegister register;
    private final RemainsLab lab;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IdentificationStore candidates;
    private final GeneticData genetics;

    /** A first analyst proposes that the further part is the identified person. */
    @Transactional
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Reassociation propose(NewReassociation request) {
        store.lock();
        String person = request.missingPersonId();
        Identified identified = store.identification(person).orElseThrow(() -> new InputRefusedException("missingPersonId",
                person + " is not identified: propose the identification of a candidate first"));
        String part = request.bodyNumber();
        RemainsFile file = BodyNumber.parse(part).flatMap(register::find)
                .orElseThrow(() -> new InputRefusedException("bodyNumber", "No remains are numbered " + part));
        Optional<String> already = store.identifiedAs(part);
        if (already.isPresent()) {
            throw new InputRefusedException("bodyNumber", part + " is already identified as " + already.get());
        }
        store.pendingOfPart(part).ifPresent(pending -> {
            throw new InputRefusedException("bodyNumber", part + " is already proposed as " + pending.missingPersonId()
                    + " (re-association " + pending.id() + "); it awaits a second analyst");
        });
        DnaSupport dna = switch (request.basis()) {
            case DNA_DIRECT_MATCH -> store.directMatch(part, person).orElseThrow(() -> new InputRefusedException("basis",
                    "The current run shows no direct DNA match between " + part + " and the remains identified as " + person));
            case DNA_KINSHIP -> store.kinship(part, person).filter(k -> k.log10Lr() > 0).orElseThrow(() -> new InputRefusedException(
                    "basis", "The current run shows no candidate of " + part + " for " + person + " with an LR above 1"));
            case EVIDENCE -> null;
        };
        if (dna != null && dna.candidateId() != null && !withdrawnReferences(dna.candidateId()).isEmpty()) {
            throw new InputRefusedException("basis", "The candidate of " + part + " for " + person + " was computed with reference sample "
                    + String.join(", ", withdrawnReferences(dna.candidateId())) + ", whose donor withdrew consent: no decision can rest on it;"
                    + " the next run screens the part without it");
        }
        requireSameSex(file, dna, identified, person);
        Reassociation unsaved = new Reassociation(0, part, dna == null ? null : dna.sampleCode(), person, identified.familyId(),
                identified.decisionId(), request.basis(), dna == null ? null : dna.matchedBody(), dna == null ? null : dna.log10Lr(),
                request.reason(), Actor.current().name(), now(), Reassociation.Status.PROPOSED, null, null, null);
        long id = store.insert(unsaved, dna == null ? null : dna.candidateId());
        events.publishEvent(AuditEvent.of("identification.reassociation-proposed", "identification-reassociation:" + id)
                .with("body", part).with("missing_person", person).with("identification", identified.decisionId())
                .with("basis", request.basis()).with("sample", unsaved.sampleCode()).with("log10_lr", unsaved.log10Lr())
                .with("reason", request.reason()));
        return store.find(id).orElseThrow();
    }

    /** A second, different analyst confirms the pending proposal: the part is the person's. */
    @Transactional
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Reassociation confirm(ReassociationId id, String reason) {
        Reassociation confirmed = settle(id, Reassociation.Status.CONFIRMED, reason == null ? "" : reason.strip());
        events.publishEvent(new FurtherRemainsConfirmed(confirmed.id(), confirmed.identification(), confirmed.missingPersonId(),
                confirmed.bodyNumber(), confirmed.decidedAt()));
        return confirmed;
    }

    /** A second analyst rejects the pending proposal, giving the reason; the part may be proposed again. */
    @Transactional
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Reassociation reject(ReassociationId id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InputRefusedException("reason", "Give the reason");
        }
        return settle(id, Reassociation.Status.REJECTED, reason.strip());
    }

    /** Pending proposals first, then the settled ones, newest first. */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public List<Reassociation> recent() {
        return store.recent(MAX_ROWS);
    }

    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Reassociation reassociation(ReassociationId id) {
        return store.find(id.value()).orElseThrow(() -> new NotFoundException("re-association", id));
    }

    /**
     * How many further parts of the person await a second analyst: the family's case says more remains
     * may be coming. No names and no numbers: callers guard it with their own permission.
     */
    @Transactional(readOnly = true)
    public int pendingFor(String missingPersonId) {
        return store.pendingFor(missingPersonId);
    }

    private Reassociation settle(ReassociationId id, Reassociation.Status outcome, String reason) {
        store.lock();
        Reassociation r = reassociation(id);
        if (r.status() != Reassociation.Status.PROPOSED) {
            throw new IdentificationException("Re-association " + id + " is already " + r.status().name().toLowerCase(Locale.ROOT));
        }
        if (r.proposedBy().equals(Actor.current().name())) {
            throw new IdentificationException("You proposed this re-association: a different analyst must decide on it");
        }
        if (outcome == Reassociation.Status.CONFIRMED) {
            store.identifiedAs(r.bodyNumber()).ifPresent(person -> {
                throw new IdentificationException(r.bodyNumber() + " was identified as " + person + " meanwhile");
            });
            store.candidateOf(r.id()).map(this::withdrawnReferences).filter(withdrawn -> !withdrawn.isEmpty()).ifPresent(withdrawn -> {
                throw new IdentificationException("Re-association " + id + " rests on a candidate computed with reference sample "
                        + String.join(", ", withdrawn) + ", whose donor withdrew consent: it cannot be confirmed");
            });
        }
        store.decide(r.id(), outcome, Actor.current().name(), now(), reason);
        events.publishEvent(AuditEvent.of("identification.reassociation-" + outcome.name().toLowerCase(Locale.ROOT),
                        "identification-reassociation:" + r.id())
                .with("body", r.bodyNumber()).with("missing_person", r.missingPersonId()).with("reason", reason));
        return reassociation(id);
    }

    /**
     * A donor withdrew consent, in that transaction: every pending proposal resting on a candidate computed with the
     * sample is closed as {@link Reassociation.Status#EVIDENCE_WITHDRAWN}, and every confirmed one keeps its record
     * and is flagged for a supervisor's review (as confirmed identifications are, by {@link ReviewFlags}), both as
     * the person who recorded the withdrawal.
     */
    @EventListener
    void evidenceWithdrawn(ConsentWithdrawn withdrawn) {
        store.lock();
        String code = withdrawn.sampleCode();
        String reason = ReviewFlags.withdrawalReason(code);
        for (long pending : store.usingReference(Reassociation.Status.PROPOSED, code)) {
            store.decide(pending, Reassociation.Status.EVIDENCE_WITHDRAWN, Actor.current().name(), now(), reason);
            events.publishEvent(AuditEvent.of("identification.reassociation-evidence-withdrawn", "identification-reassociation:" + pending)
                    .with("sample", code).with("reason", reason));
        }
        for (long confirmed : store.usingReference(Reassociation.Status.CONFIRMED, code)) {
            store.flag(new ReassociationReviewFlag(confirmed, code, reason, Actor.current().name(), withdrawn.withdrawnAt()));
            events.publishEvent(AuditEvent.of("identification.reassociation-flagged-for-review", "identification-reassociation:" + confirmed)
                    .with("sample", code).with("reason", reason));
        }
    }

    /** Confirmed re-associations flagged for a supervisor's review, newest first. */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public List<ReassociationReviewFlag> reviewFlags() {
        return store.reviewFlags(MAX_ROWS);
    }

    /** The reference samples the candidate was computed with whose donors withdrew consent, in code order. */
    private List<String> withdrawnReferences(long candidateId) {
        return new java.util.TreeSet<>(genetics.withdrawnAmong(candidates.references(candidateId).values())).stream().toList();
    }

    /**
     * Refuses a part whose sex (examined, else its sample's amelogenin) is the other than the person's
     * in the pedigree the identification was computed with.
     */
    private void requireSameSex(RemainsFile part, DnaSupport dna, Identified identified, String person) {
        Sex examined = Optional.ofNullable(part.latestExamination()).map(Examination::estimatedSex).map(EstimatedSex::sex)
                .orElse(Sex.UNKNOWN);
        Sex amelogenin = dna == null ? Sex.UNKNOWN
                : lab.findSample(new SampleCode(dna.sampleCode())).map(Sample::amelogeninSex).orElse(Sex.UNKNOWN);
        RemainsSex partSex = new RemainsSex(examined, amelogenin);
        Sex personSex = pedigreeSex(identified);
        if (partSex.sex() != Sex.UNKNOWN && personSex != Sex.UNKNOWN && partSex.sex() != personSex) {
            throw new InputRefusedException("missingPersonId", String.format(Locale.ROOT,
                    "%s is %s; the part %s is %s (%s): a part is never re-associated to a person of the other sex", person,
                    personSex.name().toLowerCase(Locale.ROOT), part.bodyNumber(), partSex.sex().name().toLowerCase(Locale.ROOT),
                    partSex.source().name().toLowerCase(Locale.ROOT)));
        }
    }

    /** The person's sex in the pedigree as screened (one person per line: id, sex, father, mother). */
    private static Sex pedigreeSex(Identified identified) {
        return identified.pedigree().lines().map(line -> line.split("\t"))
                .filter(cells -> cells.length > 1 && cells[0].equals(identified.missingPedigreeId()))
                .map(cells -> Sex.parse(cells[1])).findFirst().orElse(Sex.UNKNOWN);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
