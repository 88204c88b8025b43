package org.homeward.app.families;

import static org.homeward.app.security.Permission.MISSING_READ;
import static org.homeward.app.security.Permission.NOTIFICATIONS_WRITE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.FeatureService;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.common.StateRefusedException;
import org.homeward.app.families.store.FurtherRemainsRepository;
import org.homeward.app.families.store.NotificationRepository;
import org.homeward.app.identification.FurtherRemainsConfirmed;
import org.homeward.app.identification.ReassociationId;
import org.homeward.app.security.Actor;
import org.homeward.app.security.RequiresPermission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The liaison workflow's step for further remains: when two analysts confirm that a further part is a
 * person already identified ({@link FurtherRemainsConfirmed}), the part is put on the notification of
 * that identification, in the confirming transaction; the liaison officer then records the day the
 * family was told (not in the future, not before the confirmation, not before the family was told of
 * the identification itself) and the family's choice.
 */
@FeatureService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FurtherRemainsSteps {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FurtherRemainsSteps.class);

    private final FurtherRemainsRepository repository;
    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    @Value("${homeward.display-time-zone}")
    private final ZoneId zone;

    /** Puts the confirmed part on the notification of the identification it joins (none: logged and audited). */
    @EventListener
    @Transactional
    void on(FurtherRemainsConfirmed confirmed) {
        Optional<NotificationRepository.Row> notification = notifications.byDecision(confirmed.identification());
        if (notification.isEmpty()) {
            log.warn("Further part {} of {} joins identification {}, which has no notification", confirmed.bodyNumber(),
                    confirmed.missingPersonId(), confirmed.identification());
            events.publishEvent(AuditEvent.of("families.further-remains-without-notification", "decision:" + confirmed.identification())
                    .with("remains", confirmed.bodyNumber()).with("reassociation", confirmed.reassociationId()));
            return;
        }
        repository.insert(confirmed.reassociationId(), notification.get().id(), confirmed.missingPersonId(), confirmed.bodyNumber(),
                confirmed.at());
        events.publishEvent(AuditEvent.of("families.further-remains-added", "notification:" + notification.get().id())
                .with("remains", confirmed.bodyNumber()).with("reassociation", confirmed.reassociationId()));
    }

    /** The further parts on the notification, the first confirmed first. */
    @RequiresPermission(MISSING_READ)
    public List<FurtherRemains> ofNotification(NotificationId id) {
        return repository.ofNotification(id.value());
    }

    /** The further parts of the missing person's remains. */
    @RequiresPermission(MISSING_READ)
    public List<FurtherRemains> ofPerson(String missingPersonId) {
        return repository.ofPerson(missingPersonId);
    }

    /** One further part, by the re-association that confirmed it. */
    @RequiresPermission(MISSING_READ)
    public FurtherRemains part(ReassociationId id) {
        return repository.find(id.value()).orElseThrow(() -> new NotFoundException("further remains", id));
    }

    /** Records that the family was told of the further part, on the day given, and their choice. */
    @Transactional
    @RequiresPermission(NOTIFICATIONS_WRITE)
    public FurtherRemains recordInformed(ReassociationId id, NewFurtherRemainsStep step) {
        FurtherRemains part = repository.lock(id.value()).orElseThrow(() -> new NotFoundException("further remains", id));
        if (part.familyInformed()) {
            throw new StateRefusedException("Step refused", "The family was already told of " + part.bodyNumber() + " on " + part.informedOn());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (step.informedOn().isAfter(today)) {
            throw new InputRefusedException("informedOn", "the day lies in the future");
        }
        LocalDate confirmedOn = LocalDate.ofInstant(part.associatedAt(), zone);
        if (step.informedOn().isBefore(confirmedOn)) {
            throw new InputRefusedException("informedOn", "the day lies before the further part was confirmed (" + confirmedOn + ")");
        }
        StepRecord told = notifications.steps(part.notificationId()).stream().filter(s -> s.step() == NotificationStep.FAMILY_INFORMED)
                .findFirst().orElseThrow(() -> new InputRefusedException("informedOn",
                        "the family has not been told of the identification yet: record that step first"));
        LocalDate toldOn = LocalDate.ofInstant(told.doneAt(), zone);
        if (step.informedOn().isBefore(toldOn)) {
            throw new InputRefusedException("informedOn", "the day lies before the family was told of the identification (" + toldOn + ")");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!repository.recordInformed(id.value(), step.informedOn(), step.choice(), step.note(), Actor.current().name(), now)) {
            throw new StateRefusedException("Step refused", "The family was already told of " + part.bodyNumber());
        }
        events.publishEvent(AuditEvent.of("families.further-remains-informed", "notification:" + part.notificationId())
                .with("remains", part.bodyNumber()).with("reassociation", id.value()).with("informedOn", step.informedOn())
                .with("choice", step.choice()));
        return repository.find(id.value()).orElseThrow();
    }
}
