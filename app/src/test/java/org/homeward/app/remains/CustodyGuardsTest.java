package org.homeward.app.remains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.ledger.Ledger;
import org.homeward.formats.common.Strictness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Custody events carry the time they happened, which may not lie before the item's previous event;
 * a burial comes only after identification and release (through the family's notification, never
 * as a custody event of its own); one event is recorded for many remains at once, all or none.
 */
@SpringBootTest
@WithMockUser(username = "coordinator", authorities = {"LEDGER_READ", "LEDGER_WRITE", "REMAINS_READ", "REMAINS_WRITE"})
class CustodyGuardsTest {

    @Autowired
    RemainsRegister register;

    @Autowired
    CustodyLog custody;

    @Autowired
    Ledger ledger;

    /** Bags received at 08:00 UTC on the day (each test its own day, so that body numbers do not meet). */
    private List<String> received(int bags, LocalDate date) {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, date, bags, bags);
        return register.importManifest(fixture.transfer().id(), "m.csv", Manifests.csv(bags), Strictness.STRICT,
                new Handover(date.atTime(8, 0).toInstant(java.time.ZoneOffset.UTC), "border", null, null, List.of(), null))
                .bodyNumbers();
    }

    private static NewCustodyEvent storage(Instant at) {
        return new NewCustodyEvent(CustodyEventType.STORAGE_IN, at, "Kyiv morgue no. 2", StorageKind.MORGUE, null, null, null,
                List.of(), List.of(), List.of(), null, "into storage");
    }

    @Test
    void an_event_that_happened_before_the_previous_one_is_refused_and_both_times_are_kept() {
        String body = received(1, LocalDate.of(2025, 4, 1)).get(0);
        assertThatThrownBy(() -> custody.record(CustodyItem.remains(body), storage(Instant.parse("2025-03-31T12:00:00Z"))))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> {
                    assertThat(refused.path()).isEqualTo("occurredAt");
                    assertThat(refused.getMessage()).contains("handover at 2025-04-01T08:00:00Z");
                });
        CustodyEvent stored = custody.record(CustodyItem.remains(body), storage(Instant.parse("2025-04-02T09:00:00Z")));
        assertThat(stored.occurredAt()).isEqualTo(Instant.parse("2025-04-02T09:00:00Z"));
        assertThat(stored.recordedAt()).isAfter(stored.occurredAt());
    }

    @Test
    void no_burial_or_release_as_a_custody_event_of_its_own() {
        String body = received(1, LocalDate.of(2025, 4, 2)).get(0);
        for (CustodyEventType type : List.of(CustodyEventType.BURIAL, CustodyEventType.RELEASE_TO_FAMILY,
                CustodyEventType.RETURN_TO_OTHER_SIDE, CustodyEventType.LABEL_RECORDED)) {
            assertThatThrownBy(() -> custody.record(CustodyItem.remains(body), NewCustodyEvent.of(type, "cemetery", null, null, "now")))
                    .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.path()).isEqualTo("type"));
        }
        assertThat(CustodyEventType.EXAMINATION.mayBeFollowedBy(CustodyEventType.BURIAL)).isFalse();
        assertThat(CustodyEventType.RELEASE_TO_FAMILY.mayBeFollowedBy(CustodyEventType.BURIAL)).isTrue();
        assertThat(custody.events(CustodyItem.remains(body))).hasSize(1);
    }

    @Test
    void one_event_for_many_remains_named_by_list_range_and_pasted_codes_all_or_none() {
        List<String> numbers = received(5, LocalDate.of(2025, 4, 3));
        Instant stored = Instant.parse("2025-04-03T18:00:00Z");

        assertThatThrownBy(() -> custody.recordForEach(new NewBulkCustody(List.of(numbers.get(0), "UA-1999-01-01-0001"), null, null,
                null, storage(stored))))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.path()).isEqualTo("bodyNumbers"));
        assertThatThrownBy(() -> custody.recordForEach(new NewBulkCustody(numbers, null, null, null,
                storage(Instant.parse("2025-04-01T00:00:00Z")))))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.path()).isEqualTo("event.occurredAt"));
        assertThatThrownBy(() -> custody.recordForEach(new NewBulkCustody(List.of(), numbers.get(2), "XX-9", null, storage(stored))))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.path()).isEqualTo("to"));
        assertThat(numbers).allSatisfy(number -> assertThat(custody.events(CustodyItem.remains(number))).hasSize(1));

        List<CustodyEvent> recorded = custody.recordForEach(new NewBulkCustody(List.of(numbers.get(0)), numbers.get(1), numbers.get(3),
                numbers.get(4) + "\n" + numbers.get(2) + ", " + numbers.get(0), storage(stored)));
        assertThat(recorded).extracting(event -> event.item().code()).containsExactlyElementsOf(numbers);
        assertThat(numbers).allSatisfy(number -> assertThat(custody.events(CustodyItem.remains(number)))
                .extracting(CustodyEvent::type).containsExactly(CustodyEventType.HANDOVER, CustodyEventType.STORAGE_IN));
        assertThat(custody.verify().intact()).isTrue();
    }
}
