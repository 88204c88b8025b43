package org.homeward.app.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.app.families.FamiliesWorkflowTest.as;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.app.identification.IdentificationConfirmed;
import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.NewParty;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.Families;
import org.homeward.app.remains.CustodyEvent;
import org.homeward.app.remains.CustodyEventType;
import org.homeward.app.remains.CustodyItem;
import org.homeward.app.remains.CustodyLog;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.security.Role;
import org.homeward.app.testing.MutableClock;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The family liaison officer ends the chain of custody: releasing identified remains to the family
 * and recording their burial write custody events under the liaison's own permission, attributed
 * to them, after the morgue's handover.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class ReleaseToFamilyCustodyTest {

    @Autowired
    MissingPersons missingPersons;

    @Autowired
    Families families;

    @Autowired
    FamilyNotifications notifications;

    @Autowired
    Ledger ledger;

    @Autowired
    RemainsRegister remains;

    @Autowired
    CustodyLog custody;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @Test
    void releaseAndBurialByTheLiaisonOfficerCloseTheCustodyChain() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String body = as("coordinator", Role.COORDINATOR, () -> {
            Party from = ledger.add(new NewParty("Sender " + suffix, PartyKind.STATE, null, List.of()));
            Party to = ledger.add(new NewParty("Receiver " + suffix, PartyKind.STATE, null, List.of()));
            var transfer = ledger.add(new NewTransfer(LocalDate.of(2025, 6, 16), DatePrecision.DAY, "border", null,
                    from.id(), to.id(), null, TransferKind.REPATRIATION, null, List.of(), null));
            return remains.registerBag(transfer.id(), new NewBag("B-" + suffix, null, null, null, null, null, null)).bodyNumbers().get(0);
        });
        MissingPersons.Report report = as("liaison", Role.FAMILY_LIAISON, () -> missingPersons.reportMissing(
                new NewMissingPerson("SN-" + suffix, "Коваль", "Петро", null, null, Sex.MALE, LocalDate.of(1985, 3, 2),
                        null, null, null, null, null),
                new NewRelative("Ганна Коваль", null, null, "mother", null, true, false, null)));
        String mp = report.missingPerson().id();
        long decision = 7000 + (System.nanoTime() % 1000);
        as("analyst-2", Role.FORENSIC_ANALYST, () -> transactions.execute(status -> {
            publisher.publishEvent(new IdentificationConfirmed(decision, mp, body, clock.instant()));
            return null;
        }));
        Notification n = as("liaison", Role.FAMILY_LIAISON, () -> notifications.ofFamily(report.missingPerson().familyId())).get(0);
        long id = n.id();
        int approvedVersion = n.version();
        n = as("supervisor", Role.SUPERVISOR, () -> notifications.approve(new NotificationId(id), approvedVersion, null));
        n = step(id, n.version(), new NewStep(NotificationStep.NEXT_OF_KIN_RESOLVED, null, report.reporter().id(), null, null, null, null, null, null));
        n = step(id, n.version(), new NewStep(NotificationStep.VISIT_SCHEDULED, null, null, Instant.parse("2026-12-01T10:00:00Z"),
                "Family home", null, null, null, null));
        n = step(id, n.version(), new NewStep(NotificationStep.FAMILY_INFORMED, null, null, null, null, FamilyReaction.ACCEPTED, null, null, null));
        n = step(id, n.version(), new NewStep(NotificationStep.CERTIFICATE_ISSUED, null, null, null, null, null, "DC-" + suffix, null, null));
        n = step(id, n.version(), new NewStep(NotificationStep.REMAINS_RELEASED, null, null, null, "Kyiv morgue no. 2", null, null,
                "Ганна Коваль", null));
        n = step(id, n.version(), new NewStep(NotificationStep.BURIAL_RECORDED, null, null, null, "Baikove cemetery", null, null, null,
                LocalDate.now(clock)));
        assertThat(n.finished()).isTrue();

        List<CustodyEvent> chain = as("auditor", Role.AUDITOR, () -> custody.events(CustodyItem.remains(body)));
        assertThat(chain).extracting(CustodyEvent::type).endsWith(CustodyEventType.RELEASE_TO_FAMILY, CustodyEventType.BURIAL);
        assertThat(chain.get(chain.size() - 2).recordedBy()).isEqualTo("liaison");
        assertThat(chain.get(chain.size() - 2).to().person()).isEqualTo("Ганна Коваль");
        assertThat(chain.get(0).type()).isNotIn(CustodyEventType.RELEASE_TO_FAMILY, CustodyEventType.BURIAL);
        assertThat(n.steps()).filteredOn(s -> s.step() == NotificationStep.REMAINS_RELEASED)
                .singleElement().satisfies(s -> assertThat(s.custodyEvent()).isEqualTo(chain.get(chain.size() - 2).seq()));
        assertThat(as("auditor", Role.AUDITOR, () -> custody.verify(CustodyItem.remains(body))).intact()).isTrue();
    }

    private Notification step(long id, int version, NewStep step) {
        return as("liaison", Role.FAMILY_LIAISON, () -> notifications.recordStep(new NotificationId(id), version, step));
    }
}
