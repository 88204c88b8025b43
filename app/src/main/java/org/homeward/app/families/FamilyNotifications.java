package org.homeward.app.families;

import static org.homeward.app.security.Permission.MISSING_READ;
import static org.homeward.app.security.Permission.NOTIFICATIONS_APPROVE;
import static org.homeward.app.security.Permission.NOTIFICATIONS_WRITE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.homeward.app.common.FeatureService;
import org.homeward.app.families.store.FurtherRemainsRepository;
import org.homeward.app.families.store.NotificationRepository;
import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.identification.IdentificationConfirmed;
import org.homeward.app.identification.Reassociations;
import org.homeward.app.registry.Family;
import org.homeward.app.registry.MissingPerson;
import org.homeward.app.registry.MissingPersonStatus;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.Custodian;
import org.homeward.app.remains.CustodyEvent;
import org.homeward.app.remains.CustodyEventType;
import org.homeward.app.remains.CustodyItem;
import org.homeward.app.remains.CustodyLog;
import org.homeward.app.remains.NewCustodyEvent;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.security.Actor;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.security.StaleRecordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The families' workflow, the public surface of the families feature: a confirmed identification
 * ({@link IdentificationConfirmed}) starts a notification, which a liaison officer carries step by
 * step ({@link NotificationStep}) to the burial: supervisor approval, next of kin, visit, family
 * informed, certificate, release of the remains, burial. Each step is dated by the injected clock,
 * attributed to the signed-in person, append-only and audited; a step past its deadline
 * ({@link FamiliesProperties}) is overdue.
 *
 * <p>The release and the burial are recorded as custody events of the remains register, under the
 * liaison officer's own {@code NOTIFICATIONS_WRITE} ({@link CustodyLog#recordHandoverToFamily}); when
 * the register already holds the event, the step points to it; when the remains are not in the
 * register or custody has ended otherwise (a return to the other side), the step is recorded alone.
 */
@FeatureService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FamilyNotifications {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FamilyNotifications.class);
    private static final String STALE = "The notification was changed by someone else meanwhile; reload and try again";

    private final NotificationRepository repository;
    private final MissingPersons missingPersons;
    private final Families families;
    private final CustodyLog custody;
    private final RemainsRegister remains;
    private final FamiliesProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FurtherRemainsRepository furtherRemains;
    private final Reassociations reassociations;

    /**
     * Starts the workflow of a confirmed identification (once per decision) and moves the missing
     * person's status to remains identified; in the confirming transaction, as the confirming analyst.
     * A missing person unknown to the registry starts nothing (logged and audited) and returns null.
     */
    @Transactional
    Notification start(IdentificationConfirmed confirmed) {
        Optional<NotificationRepository.Row> existing = repository.byDecision(confirmed.decisionId());
        if (existing.isPresent()) {
            return notification(existing.get());
        }
        Optional<MissingPersons.Identified> known = missingPersons.remainsIdentified(confirmed.missingPersonId(), confirmed.decisionId(),
                confirmed.bodyNumber());
        if (known.isEmpty()) {
            log.warn("Identification decision {} names missing person {}, unknown to the registry: no family to notify",
                    confirmed.decisionId(), confirmed.missingPersonId());
            audit(AuditEvent.of("families.notification-not-started", "decision:" + confirmed.decisionId())
                    .with("missingPerson", confirmed.missingPersonId()).with("reason", "unknown to the registry"));
            return null;
        }
        MissingPersons.Identified identified = known.get();
        Instant at = confirmed.at();
        long id = repository.insert(confirmed.decisionId(), identified.missingPersonId(), identified.familyId(), confirmed.bodyNumber(), at);
        repository.insertStep(id, new StepRecord(NotificationStep.IDENTIFICATION_CONFIRMED, at, Actor.current().name(),
                "identification decision " + confirmed.decisionId() + ", remains " + confirmed.bodyNumber(),
                null, null, null, null, null, null, null, null));
        audit(AuditEvent.of("families.notification-started", "notification:" + id).with("decision", confirmed.decisionId())
                .with("missingPerson", identified.missingPersonId()).with("family", identified.familyId())
                .with("remains", confirmed.bodyNumber()));
        return notification(repository.find(id).orElseThrow());
    }

    /** The list's status filter that lists every notification, those carried to burial included. */
    public static final String EVERY_NOTIFICATION = "ALL";


    /**
     * A page of the notifications (sorted, filtered by family, the days started and text): those in
     * progress, or every one when the filter's status is {@link #EVERY_NOTIFICATION}.
     */
    @RequiresPermission(MISSING_READ)
    public Page<Notification> notifications(ListQuery query) {
        ListQuery.Filter filter = query.filter();
        if (filter.status() != null && !EVERY_NOTIFICATION.equals(filter.status())) {
            throw new InputRefusedException("status", "is not " + EVERY_NOTIFICATION);
        }
        return repository.page(filter.status() == null, filter.familyNumber(), query).map(this::notification);
    }

    /** The notifications whose next step is past its deadline, the longest overdue first. */
    @RequiresPermission(MISSING_READ)
    public List<Notification> overdue() {
        List<Notification> overdue = new ArrayList<>(repository.all(true).stream().map(this::notification)
                .filter(Notification::overdue).toList());
        overdue.sort(java.util.Comparator.comparing(Notification::dueAt));
        return overdue;
    }

    @RequiresPermission(MISSING_READ)
    public Notification notification(NotificationId id) {
        return notification(repository.find(id.value()).orElseThrow(() -> new NotFoundException("notification", id)));
    }

    @RequiresPermission(MISSING_READ)
    public List<Notification> ofFamily(long familyId) {
        return repository.ofFamily(familyId).stream().map(this::notification).toList();
    }

    /**
     * Records the next step, if the notification is still at {@code expectedVersion}. Refused, naming
     * the field, when it is not the next step or lacks what the step needs.
     */
    @Transactional
    @RequiresPermission(NOTIFICATIONS_WRITE)
    public Notification recordStep(NotificationId id, int expectedVersion, NewStep step) {
        if (step != null && step.step() == NotificationStep.SUPERVISOR_APPROVED) {
            throw new InputRefusedException("step", "a supervisor approves notifying the family, not the family liaison officer");
        }
        return record(id, expectedVersion, step);
    }

    /**
     * A supervisor (not the family liaison officer: one person never holds both roles) approves
     * notifying the family, if the notification is still at {@code expectedVersion}.
     */
    @Transactional
    @RequiresPermission(NOTIFICATIONS_APPROVE)
    public Notification approve(NotificationId id, int expectedVersion, String note) {
        return record(id, expectedVersion, NewStep.of(NotificationStep.SUPERVISOR_APPROVED, note));
    }

    private Notification record(NotificationId id, int expectedVersion, NewStep step) {
        NotificationRepository.Row row = repository.lock(id.value()).orElseThrow(() -> new NotFoundException("notification", id));
        if (row.version() != expectedVersion) {
            throw new StaleRecordException(STALE);
        }
        StepRecord record = notification(row).advance(step, Actor.current(), clock);
        if (record.step() == NotificationStep.NEXT_OF_KIN_RESOLVED
                && families.family(row.familyId()).relatives().stream().noneMatch(r -> r.id().equals(record.relativeId()))) {
            throw new InputRefusedException("relativeId", record.relativeId() + " is not a relative of this family");
        }
        StepRecord recorded = switch (record.step()) {
            case REMAINS_RELEASED -> record.withCustodyEvent(custody(row, CustodyEventType.RELEASE_TO_FAMILY, step.place(), step.receivedBy(),
                    record.occurredOn()));
            case BURIAL_RECORDED -> record.withCustodyEvent(custody(row, CustodyEventType.BURIAL, step.place(), null, record.occurredOn()));
            default -> record;
        };
        repository.insertStep(id.value(), recorded);
        if (!repository.advance(id.value(), expectedVersion, recorded.step(), recorded.doneAt(), recorded.relativeId())) {
            throw new StaleRecordException(STALE);
        }
        if (recorded.step() == NotificationStep.REMAINS_RELEASED) {
            missingPersons.recordWorkflowStatus(row.missingPersonId(), MissingPersonStatus.RETURNED_TO_FAMILY,
                    "remains released to " + step.receivedBy() + " (notification " + id + ")");
        } else if (recorded.step() == NotificationStep.BURIAL_RECORDED) {
            missingPersons.recordWorkflowStatus(row.missingPersonId(), MissingPersonStatus.BURIED,
                    "buried on " + step.occurredOn() + " at " + step.place() + " (notification " + id + ")");
        }
        audit(AuditEvent.of("families.step-recorded", "notification:" + id).with("step", recorded.step())
                .with("missingPerson", row.missingPersonId()).with("custodyEvent", recorded.custodyEvent()));
        return notification(id);
    }

    /** What the family may be shown of its own case. */
    @RequiresPermission(MISSING_READ)
    public FamilyCaseView caseView(long familyId) {
        Family family = families.family(familyId);
        List<Notification> notifications = ofFamily(familyId);
        List<FamilyCaseView.Person> persons = new ArrayList<>();
        for (MissingPerson person : family.missingPersons()) {
            Notification n = notifications.stream().filter(x -> x.missingPersonId().equals(person.id()))
                    .reduce((a, b) -> b).orElse(null);
            StepRecord visit = n == null ? null : n.step(NotificationStep.VISIT_SCHEDULED);
            StepRecord certificate = n == null ? null : n.step(NotificationStep.CERTIFICATE_ISSUED);
            StepRecord release = n == null ? null : n.step(NotificationStep.REMAINS_RELEASED);
            StepRecord burial = n == null ? null : n.step(NotificationStep.BURIAL_RECORDED);
            persons.add(new FamilyCaseView.Person(person.name(), person.dateOfBirth(), person.status(), person.statusChangedAt(),
                    n == null ? null : n.lastStep(), n == null ? null : n.lastStepAt(), n == null ? null : n.nextStep(),
                    visit == null ? null : visit.scheduledFor(), visit == null ? null : visit.place(),
                    certificate == null ? null : certificate.certificateNumber(),
                    release == null ? null : release.happenedOn(clock.getZone()), release == null ? null : release.receivedBy(),
                    burial == null ? null : burial.occurredOn(), burial == null ? null : burial.place(),
                    n == null ? 0 : 1 + furtherRemains.ofPerson(person.id()).size(), n != null && reassociations.pendingFor(person.id()) > 0));
        }
        return new FamilyCaseView(familyId, family.name(), clock.instant(), persons);
    }

    /** The family's question answered, for its liaison officer: who is identified, what was returned, what is outstanding. */
    @RequiresPermission(MISSING_READ)
    public FamilyOverview overview(long familyId) {
        Family family = families.family(familyId);
        List<Notification> all = ofFamily(familyId);
        return new FamilyOverview(familyId, family.name(), family.missingPersons().stream()
                .map(person -> overviewOf(person, all.stream().filter(x -> x.missingPersonId().equals(person.id())).reduce((a, b) -> b)
                        .orElse(null)))
                .toList());
    }

    /** One missing person of the overview, with the latest notification of their identification (null while not identified). */
    private FamilyOverview.Person overviewOf(MissingPerson person, Notification n) {
        StepRecord release = n == null ? null : n.step(NotificationStep.REMAINS_RELEASED);
        StepRecord burial = n == null ? null : n.step(NotificationStep.BURIAL_RECORDED);
        return new FamilyOverview.Person(person.id(), person.name(), person.status(), person.statusChangedAt(), n,
                release == null ? null : release.happenedOn(clock.getZone()), release == null ? null : release.receivedBy(),
                burial == null ? null : burial.happenedOn(clock.getZone()), burial == null ? null : burial.place(),
                n == null ? List.of() : furtherRemains.ofPerson(person.id()), reassociations.pendingFor(person.id()));
    }

    private Notification notification(NotificationRepository.Row row) {
        NotificationStep next = row.lastStep().next();
        Duration deadline = next == null ? null : properties.deadline(next);
        Instant due = deadline == null ? null : row.lastStepAt().plus(deadline);
        boolean overdue = due != null && clock.instant().isAfter(due);
        return new Notification(row.id(), row.decisionId(), row.missingPersonId(), row.familyId(), row.bodyNumber(), row.startedAt(),
                row.lastStep(), row.lastStepAt(), next, due, overdue, row.nextOfKin(), row.version(), repository.steps(row.id()));
    }

    /** The custody event of the release or burial: found in the register, else recorded now (when custody allows it). */
    private Long custody(NotificationRepository.Row row, CustodyEventType type, String place, String receivedBy, LocalDate happenedOn) {
        if (remains.find(new BodyNumber(row.bodyNumber())).isEmpty()) {
            return null;
        }
        CustodyItem item = CustodyItem.remains(row.bodyNumber());
        List<CustodyEvent> chain = custody.events(item);
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).type() == type) {
                return chain.get(i).seq();
            }
        }
        CustodyEvent last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        if (last != null && !last.type().mayBeFollowedBy(type)) {
            return null;
        }
        Custodian to = receivedBy == null ? null : new Custodian(receivedBy, null, "family");
        // a day entered in the past is the event's time at noon; today's is the time of recording
        Instant occurredAt = happenedOn.equals(LocalDate.now(clock)) ? null : happenedOn.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant();
        NewCustodyEvent event = NewCustodyEvent.of(type, place, null, to, "identification decision " + row.decisionId() + " (notification "
                + row.id() + ")").at(occurredAt);
        try {
            return custody.recordHandoverToFamily(item, event).seq();
        } catch (InputRefusedException refused) {
            throw new InputRefusedException("occurredOn", refused.getMessage());
        }
    }

    private void audit(AuditEvent event) {
        events.publishEvent(event);
    }
}
