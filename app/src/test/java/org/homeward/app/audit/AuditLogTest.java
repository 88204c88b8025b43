package org.homeward.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.homeward.app.chain.ChainVerification;
import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain: appended in order, refused any change by the database, and every tampering
 * (made here by the superuser with the trigger switched off, inside a transaction that is rolled
 * back) found by {@link AuditLog#verify()} at the right entry.
 */
@SpringBootTest
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void entries_are_numbered_and_chained_and_the_chain_verifies() {
        AuditEntry first = SystemTasks.callAs("tester",
                () -> audit.record(AuditEvent.of("test.first", "thing:1").with("note", "line\nbreak \"quoted\" ünïcode")));
        AuditEntry second = audit.record(AuditEvent.of("test.second", null).as("someone"));

        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.actor()).isEqualTo("someone");
        assertThat(first.actor()).isEqualTo("tester");
        assertThat(audit.entry(first.seq()).orElseThrow().details()).containsEntry("note", "line\nbreak \"quoted\" ünïcode");

        ChainVerification verification = audit.verify();
        assertThat(verification.intact()).as(verification.summary()).isTrue();
        assertThat(verification.headHash()).isEqualTo(audit.recent(1).get(0).hash());
    }

    @Test
    void an_event_published_in_a_transaction_is_written_in_it_and_rolled_back_with_it() {
        long before = count();
        transactions.executeWithoutResult(status -> events.publishEvent(AuditEvent.of("test.published", "thing:2")));
        assertThat(count()).isEqualTo(before + 1);

        transactions.executeWithoutResult(status -> {
            events.publishEvent(AuditEvent.of("test.rolled-back", "thing:3"));
            status.setRollbackOnly();
        });
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void the_last_change_passes_over_sign_ins_and_reads_of_restricted_records_and_uses_its_index() {
        AuditEntry change = SystemTasks.callAs("tester", () -> audit.record(AuditEvent.of("test.changed", "thing:5")));
        for (String read : List.of("login.succeeded", "login.failed", "login.refused", "logout.succeeded", GeneticData.READ_ACTION,
                "genetic-link.followed", "family-contact.read", "registry.contact-read")) {
            SystemTasks.runAs("tester", () -> audit.record(AuditEvent.of(read, "thing:5")));
        }
        assertThat(audit.lastChange()).isEqualTo(change.seq());
        assertThat(audit.head().seq()).isEqualTo(change.seq() + 8);

        AuditEntry next = SystemTasks.callAs("tester", () -> audit.record(AuditEvent.of("test.exported", "thing:5")));
        assertThat(audit.lastChange()).isEqualTo(next.seq()); // an action not named a read counts as a change

        String plan = transactions.execute(status -> { // a test database is small enough to read whole; a real one is not
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("EXPLAIN SELECT seq FROM audit_event WHERE " + AuditLog.CHANGES
                    + " ORDER BY seq DESC LIMIT 1").query(String.class).list());
        });
        assertThat(plan).contains("audit_event_changes");
    }

    @Test
    void the_database_refuses_to_update_delete_or_truncate_entries() {
        audit.record(AuditEvent.of("test.protected", "thing:4"));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'mallory'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit_event is append-only: UPDATE");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit_event is append-only: DELETE");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit_event is append-only: TRUNCATE");
    }

    @Test
    void a_changed_entry_is_found() {
        List<AuditEntry> three = recordThree();
        long middle = three.get(1).seq();

        ChainVerification result = tampered("UPDATE audit_event SET details = '{\"note\":\"forged\"}' WHERE seq = " + middle);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken()).hasValue(middle);
        assertThat(result.summary()).isEqualTo("Audit chain broken at entry " + middle
                + ": its content does not match its hash: the entry was altered");
    }

    @Test
    void a_changed_time_or_actor_is_found() {
        long middle = recordThree().get(1).seq();

        assertThat(tampered("UPDATE audit_event SET occurred_at = occurred_at - interval '1 day' WHERE seq = " + middle)
                .firstBroken()).hasValue(middle);
        assertThat(tampered("UPDATE audit_event SET actor = 'someone else' WHERE seq = " + middle)
                .firstBroken()).hasValue(middle);
    }

    @Test
    void a_deleted_entry_is_found() {
        long middle = recordThree().get(1).seq();

        ChainVerification result = tampered("DELETE FROM audit_event WHERE seq = " + middle);

        assertThat(result.firstBroken()).hasValue(middle);
        assertThat(result.problem()).isEqualTo("entry " + middle + " is missing (the next entry is " + (middle + 1) + ")");
    }

    @Test
    void a_deleted_entry_renumbered_to_hide_the_gap_is_found() {
        long middle = recordThree().get(1).seq();

        ChainVerification result = tampered("DELETE FROM audit_event WHERE seq = " + middle,
                "UPDATE audit_event SET seq = seq - 1 WHERE seq > " + middle);

        assertThat(result.firstBroken()).hasValue(middle);
        assertThat(result.problem()).startsWith("it does not follow entry " + (middle - 1));
    }

    @Test
    void reordered_entries_are_found() {
        List<AuditEntry> three = recordThree();
        long a = three.get(0).seq();
        long b = three.get(1).seq();

        ChainVerification result = tampered("UPDATE audit_event SET seq = 999999999 WHERE seq = " + a,
                "UPDATE audit_event SET seq = " + a + " WHERE seq = " + b,
                "UPDATE audit_event SET seq = " + b + " WHERE seq = 999999999");

        assertThat(result.firstBroken()).hasValue(a);
    }

    @Test
    void after_the_tampering_tests_the_real_chain_is_intact() {
        recordThree();
        assertThat(audit.verify().intact()).isTrue();
    }

    private List<AuditEntry> recordThree() {
        return List.of(audit.record(AuditEvent.of("test.one", "thing:5")), audit.record(AuditEvent.of("test.two", "thing:5")),
                audit.record(AuditEvent.of("test.three", "thing:5")));
    }

    /** Tampers as the superuser (trigger off), verifies, and rolls everything back. */
    private ChainVerification tampered(String... statements) {
        return transactions.execute(status -> {
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER USER").update();
            for (String statement : statements) {
                jdbc.sql(statement).update();
            }
            ChainVerification result = audit.verify();
            status.setRollbackOnly();
            return result;
        });
    }

    @Test
    void a_page_of_the_whole_log_in_number_order_is_read_as_a_range_and_is_the_page_an_offset_gives() {
        for (int i = 0; i < 7; i++) {
            SystemTasks.callAs("tester", () -> audit.record(AuditEvent.of("test.paged", "thing:6")));
        }
        long entries = count();
        int size = 3;
        int lastPage = (int) ((entries + size - 1) / size);
        for (boolean descending : List.of(true, false)) {
            for (int page : List.of(1, 2, lastPage - 1, lastPage, lastPage + 1)) {
                ListQuery query = new ListQuery(page, size, "seq", descending, ListQuery.Filter.NONE);
                List<Long> offsetPage = jdbc.sql("SELECT seq FROM audit_event ORDER BY seq " + (descending ? "DESC" : "ASC")
                        + " LIMIT ? OFFSET ?").params(size, query.offset()).query(Long.class).list();

                Page<AuditEntry> read = audit.page(query);

                assertThat(read.items()).extracting(AuditEntry::seq).as("page %d, descending %s", page, descending)
                        .containsExactlyElementsOf(offsetPage);
                assertThat(read.total()).isEqualTo(entries);
            }
        }
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    }
}
