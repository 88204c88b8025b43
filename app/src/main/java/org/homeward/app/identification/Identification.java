package org.homeward.app.identification;

import static org.homeward.app.security.Permission.IDENTIFICATION_REVIEW;
import static org.homeward.app.security.Permission.IDENTIFICATION_RUN;
import static org.homeward.app.web.Limits.MAX_ROWS;
import static org.homeward.app.web.Limits.RECENT_ROWS;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.security.UserAccounts;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.genetics.ConsentWithdrawn;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.security.Actor;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.identification.store.IdentificationStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Identification: screening runs of every remains profile against every family's missing persons,
 * the review queue, the analysts' decisions (a first analyst proposes, a second, different one
 * confirms; rejections and exclusions keep their reasons), and the identification report. Every run,
 * decision and report export is written to the audit log in its transaction; a confirmation
 * publishes {@link IdentificationConfirmed} in it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Identification {

    /** pg_advisory_xact_lock key serialising runs: "Screenin" in ASCII. */
    private static final long RUN_LOCK = 0x53637265656e696eL;

    private final IdentificationStore store;
    private final ScreeningEngine engine;
    private final LineageScreening lineage;
    private final XScreening xScreening;
    private final CandidateDropouts dropouts;
    private final CandidateDetails details;
    private final ApplicationEventPublisher events;
    private final IdentificationProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final UserAccounts accounts;
    private final DecisionRecorder recorder;

    /** The run the engine's in-memory screening reflects: after another instance's run it is stale, and rebuilt. */
    private volatile long engineRun;

    // --- runs ----------------------------------------------------------------------------------------

    /** Screens everything anew (a FULL run) and stores the run. */
    @Transactional
    @RequiresPermission(IDENTIFICATION_RUN)
    public Run runAll() {
        return screen(true, JobProgress.NONE).orElseThrow();
    }

    /**
     * Screens what is new since the last run (an INCREMENTAL run), or everything when something
     * already screened has changed or gone (a FULL run: a replaced profile, a withdrawn consent, a
     * family with a new reference). Empty when there is nothing to screen.
     */
    @Transactional
    @RequiresPermission(IDENTIFICATION_RUN)
    public Optional<Run> screenChanges() {
        return screen(false, JobProgress.NONE);
    }

    /**
     * {@link #runAll} ({@code full}) or {@link #screenChanges}, telling its progress: the phases
     * {@code planning}, {@code screening} (of the families and remains the run screens) and {@code storing}.
     */
    @Transactional
    @RequiresPermission(IDENTIFICATION_RUN)
    public Optional<Run> screen(boolean full, JobProgress progress) {
        progress.report("planning", 0, 0);
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(RUN_LOCK).query((row, n) -> 1).list();
        if (jdbc.sql("SELECT coalesce(max(id), 0) FROM identification_run").query(Long.class).single() != engineRun) {
            engine.reset();
        }
        Instant started = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long t0 = System.nanoTime();
        LineageScreening.Inputs lineageInputs = lineage.inputs();
        Map<String, Map<String, String>> screened = store.screened();
        ScreeningOutcome.Snapshot snapshot = engine.snapshot();
        XScreening.Plan xPlan = xScreening.plan(snapshot, screened);
        ScreeningEngine.Plan plan = engine.plan(snapshot, screened,
                full || lineage.changed(lineageInputs, screened) || xPlan.changed());
        if (plan.nothingToDo() && xPlan.nothingNew()) {
            return Optional.empty();
        }
        long items = plan.kind() == RunKind.FULL ? plan.snapshot().families().size() + plan.snapshot().remains().size()
                : plan.newFamilies().size() + plan.newRemains().size();
        progress.report("screening", 0, items);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    engine.reset();
                }
            }
        });
        LineageScreening.Applied withLineage = lineage.apply(lineageInputs, engine.screen(plan));
        ScreeningOutcome outcome = xScreening.apply(withLineage.outcome(), withLineage.belowThreshold(), xPlan);
        progress.report("storing", items, items);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long id = store.insertRun(outcome, Actor.current().name(), started, millis, properties.minLr());
        lineage.record(id, lineageInputs, outcome);
        xScreening.record(id, outcome, xPlan);
        dropouts.record(id, outcome);
        engineRun = id;
        Run run = store.run(id).orElseThrow();
        events.publishEvent(AuditEvent.of("identification.run-completed", "identification-run:" + id).with("kind", run.kind())
                .with("families", run.families()).with("remains", run.remains()).with("candidates", run.candidates())
                .with("direct_matches", run.directMatches()).with("prior", run.priorRule()));
        events.publishEvent(run); // a published fact: the operational metrics count committed runs
        return Optional.of(run);
    }

    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public List<Run> runs() {
        return store.runs(RECENT_ROWS);
    }

    /** A page of the runs (sorted, filtered by kind and the days started). */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Page<Run> runs(ListQuery query) {
        return store.runs(query);
    }

    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Run run(RunId id) {
        return store.run(id.value()).orElseThrow(() -> new NotFoundException("identification run", id));
    }

    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public List<CandidateMatch> candidatesOfRun(RunId runId) {
        run(runId);
        return store.candidatesOfRun(runId.value());
    }

    /** A page of the run's candidates (sorted, filtered by family and text). */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Page<CandidateMatch> candidatesOfRun(RunId runId, ListQuery query) {
        run(runId);
        return store.candidatesOfRun(runId.value(), query);
    }

    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public List<DirectMatch> directMatchesOfRun(RunId runId) {
        return store.directMatchesOfRun(runId.value());
    }

    /** Remains that are probably the same person, from the current runs: proposed re-associations. */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public List<DirectMatch> directMatches() {
        return store.currentDirectMatches();
    }

    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public List<DviConclusion> dviOfRun(RunId runId) {
        return store.dviOfRun(runId.value());
    }

    // --- review --------------------------------------------------------------------------------------

    /** Current candidates at or above the review LR that await a decision (open, proposed, rejected), best first. */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public List<CandidateMatch> queue() {
        return store.queue(Math.log10(properties.reviewLr()));
    }

    /** A page of the review queue (sorted, filtered by family and text). */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Page<CandidateMatch> queuePage(ListQuery query) {
        return store.queue(Math.log10(properties.reviewLr()), query);
    }

    /** The review LR threshold of the queue. */
    public double reviewLr() {
        return properties.reviewLr();
    }

    /** The stepwise mutation rate per maternal transmission that screening assumes. */
    public double femaleMutationRate() {
        return properties.femaleMutationRate();
    }

    /** The stepwise mutation rate per paternal transmission that screening assumes. */
    public double maleMutationRate() {
        return properties.maleMutationRate();
    }

    /** Everything an analyst needs to decide on the candidate; reads the profiles (pseudonymised) in one audited read. */
    @Transactional
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public CandidateDetail candidate(CandidateId candidate) {
        return details.of(candidateMatch(candidate.value()));
    }

    /** The first analyst proposes the candidate as an identification. */
    @Transactional
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Decision propose(CandidateId candidateId, String reason) {
        CandidateMatch c = candidateMatch(candidateId.value());
        Decision head = recorder.lockAndCheck(c);
        store.latestDecision(c.sampleCode(), c.familyId(), c.missingPersonId())
                .ifPresent(latest -> latest.requireMayBeFollowedBy(DecisionKind.PROPOSED));
        if (!c.supportsIdentity()) {
            throw new IdentificationException("An LR below 1 does not support identity: reject or exclude the candidate instead");
        }
        return recorder.append(head, DecisionKind.PROPOSED, c, null, reason == null ? "" : reason.strip());
    }

    /** A second, different analyst confirms the pending proposal: the remains are identified. */
    @Transactional
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Decision confirm(DecisionId proposed, String reason) {
        long proposalId = proposed.value();
        Decision proposal = store.decision(proposalId)
                .orElseThrow(() -> new NotFoundException("decision", proposalId));
        if (proposal.kind() != DecisionKind.PROPOSED) {
            throw new IdentificationException("Decision " + proposalId + " is not a proposal");
        }
        CandidateMatch c = candidateMatch(proposal.candidateId());
        Decision head = recorder.lockAndCheck(c);
        Decision latest = store.latestDecision(c.sampleCode(), c.familyId(), c.missingPersonId()).orElseThrow();
        if (latest.id() != proposalId) {
            throw new IdentificationException("Proposal " + proposalId + " is no longer pending (decision " + latest.id() + " followed it)");
        }
        if (proposal.decidedBy().equals(Actor.current().name())) {
            throw new IdentificationException("You proposed this identification: a different analyst must confirm it");
        }
        Decision confirmed = recorder.append(head, DecisionKind.CONFIRMED, c, proposalId, reason == null ? "" : reason.strip());
        // two analysts of whom one recently created the other's account may be one person: the auditor looks
        accounts.createdOneAnotherRecently(proposal.decidedBy(), confirmed.decidedBy()).ifPresent(pair -> events.publishEvent(
                AuditEvent.of("identification.confirmation-flagged", "identification-decision:" + confirmed.id())
                        .with("reason", "analysts not independent: " + pair).with("proposal", proposalId)));
        events.publishEvent(new IdentificationConfirmed(confirmed.id(), c.missingPersonId(), c.bodyNumber(), confirmed.decidedAt()));
        return confirmed;
    }

    /**
     * Rejects the candidate, or its pending proposal, giving the reason: it is not accepted now
     * (and may be proposed again on new evidence).
     */
    @Transactional
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Decision reject(CandidateId candidateId, String reason) {
        return settle(candidateId, DecisionKind.REJECTED, reason);
    }

    /** Records that the remains are not this missing person, giving the reason (an exclusion). */
    @Transactional
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Decision exclude(CandidateId candidateId, String reason) {
        return settle(candidateId, DecisionKind.EXCLUDED, reason);
    }

    /** A rejection or exclusion, with its reason, answering the pending proposal if there is one. */
    private Decision settle(CandidateId candidateId, DecisionKind kind, String reason) {
        CandidateMatch c = candidateMatch(candidateId.value());
        String why = requireReason(reason);
        Decision head = recorder.lockAndCheck(c);
        Optional<Decision> latest = store.latestDecision(c.sampleCode(), c.familyId(), c.missingPersonId());
        latest.ifPresent(decision -> decision.requireMayBeFollowedBy(kind));
        Long proposal = latest.filter(d -> d.kind() == DecisionKind.PROPOSED).map(Decision::id).orElse(null);
        return recorder.append(head, kind, c, proposal, why);
    }

    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public List<Decision> decisions() {
        return store.decisions(MAX_ROWS);
    }

    /** A page of the decisions (sorted, filtered by kind, family, the days decided and text). */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Page<Decision> decisions(ListQuery query) {
        return store.decisions(query);
    }

    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Decision decision(DecisionId id) {
        return store.decision(id.value()).orElseThrow(() -> new NotFoundException("decision", id));
    }

    // --- consent withdrawn ---------------------------------------------------------------------------

    /**
     * A donor withdrew consent, in that transaction: every current candidate computed with the sample
     * that awaited a decision is closed as {@link DecisionKind#EVIDENCE_WITHDRAWN} (answering its
     * pending proposal); {@link ReviewFlags} flags the confirmations computed with it. The next run
     * screens the family anew without the sample (its fingerprint changed). Recorded as the person who recorded the withdrawal.
     */
    @EventListener
    void evidenceWithdrawn(ConsentWithdrawn withdrawn) {
        String code = withdrawn.sampleCode();
        String reason = ReviewFlags.withdrawalReason(code);
        Decision head = store.lockedHead().orElse(null);
        for (CandidateMatch c : store.undecidedUsingReference(code)) {
            Long proposal = c.status() == CaseStatus.PROPOSED
                    ? store.latestDecision(c.sampleCode(), c.familyId(), c.missingPersonId()).orElseThrow().id() : null;
            head = recorder.append(head, DecisionKind.EVIDENCE_WITHDRAWN, c, proposal, reason);
        }
    }

    /** The confirmed identifications, oldest first (no names: ids, sample codes and body numbers). */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public List<Decision> identifications() {
        return store.confirmed();
    }

    // --- internals -----------------------------------------------------------------------------------

    private CandidateMatch candidateMatch(long id) {
        return store.candidate(id).orElseThrow(() -> new NotFoundException("candidate", id));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InputRefusedException("reason", "Give the reason");
        }
        return reason.strip();
    }
}
