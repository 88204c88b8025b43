package org.homeward.app.families.store;

import static org.homeward.app.common.SqlTimes.instant;
import static org.homeward.app.common.SqlTimes.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.common.PagedSql;
import org.homeward.app.common.Sorting;
import org.homeward.app.families.FamilyReaction;
import org.homeward.app.families.NotificationStep;
import org.homeward.app.families.StepRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The workflow's tables. Public only for the families' services: nothing outside the feature may use {@code store}. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NotificationRepository {

    /** A notification without its steps. */
    public record Row(long id, long decisionId, String missingPersonId, long familyId, String bodyNumber, Instant startedAt,
               NotificationStep lastStep, Instant lastStepAt, String nextOfKin, int version) {
    }

    private final JdbcClient jdbc;

    private static Row row(ResultSet row, int n) throws SQLException {
        return new Row(row.getLong("id"), row.getLong("decision_id"), row.getString("missing_person_id"), row.getLong("family_id"),
                row.getString("body_number"), instant(row, "started_at"), NotificationStep.valueOf(row.getString("last_step")),
                instant(row, "last_step_at"), row.getString("next_of_kin"), row.getInt("version"));
    }

    public Optional<Row> byDecision(long decisionId) {
        return jdbc.sql("SELECT * FROM families_notification WHERE decision_id = ?").param(decisionId).query(NotificationRepository::row).optional();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("SELECT * FROM families_notification WHERE id = ?").param(id).query(NotificationRepository::row).optional();
    }

    public Optional<Row> lock(long id) {
        return jdbc.sql("SELECT * FROM families_notification WHERE id = ? FOR UPDATE").param(id).query(NotificationRepository::row).optional();
    }

    public List<Row> all(boolean openOnly) {
        return jdbc.sql("SELECT * FROM families_notification" + (openOnly ? " WHERE last_step <> 'BURIAL_RECORDED'" : "")
                + " ORDER BY started_at DESC, id DESC").query(NotificationRepository::row).list();
    }

    /** The columns the list of notifications sorts by; newest first unless asked otherwise. */
    private static final Sorting ORDER = Sorting.of("started", true, "id", "started", "started_at", "person", "missing_person_id",
            "family", "family_id", "remains", "body_number", "step", "last_step", "stepAt", "last_step_at");

    /**
     * A page of the notifications: all of them, or only those not yet carried to burial; of one family,
     * started on the filter's UTC days and with the text in the missing person or body number, when given.
     */
    public Page<Row> page(boolean openOnly, Long familyId, ListQuery query) {
        ListQuery.Filter filter = query.filter();
        PagedSql rows = PagedSql.from("families_notification");
        if (openOnly) {
            rows.where("last_step <> 'BURIAL_RECORDED'");
        }
        return rows.whenGiven(familyId, "family_id = ?").betweenDays("started_at", filter.from(), filter.to())
                .containing(filter.text(), "missing_person_id", "body_number")
                .page(jdbc, "*", query, ORDER, NotificationRepository::row);
    }

    public List<Row> ofFamily(long familyId) {
        return jdbc.sql("SELECT * FROM families_notification WHERE family_id = ? ORDER BY started_at, id").param(familyId)
                .query(NotificationRepository::row).list();
    }

    public long insert(long decisionId, String missingPersonId, long familyId, String bodyNumber, Instant at) {
        return jdbc.sql("""
                INSERT INTO families_notification (decision_id, missing_person_id, family_id, body_number, started_at, last_step, last_step_at)
                VALUES (?, ?, ?, ?, ?, 'IDENTIFICATION_CONFIRMED', ?) RETURNING id""")
                .params(decisionId, missingPersonId, familyId, bodyNumber, utc(at), utc(at)).query(Long.class).single();
    }

    public boolean advance(long id, int expectedVersion, NotificationStep step, Instant at, String nextOfKin) {
        return jdbc.sql("""
                UPDATE families_notification SET last_step = ?, last_step_at = ?, next_of_kin = coalesce(?, next_of_kin),
                       version = version + 1
                 WHERE id = ? AND version = ?""")
                .params(step.name(), utc(at), nextOfKin, id, expectedVersion).update() == 1;
    }

    public void insertStep(long notificationId, StepRecord s) {
        jdbc.sql("""
                INSERT INTO families_notification_step (notification_id, step, done_at, done_by, note, relative_id, scheduled_for,
                    place, outcome, certificate_number, received_by, occurred_on, custody_event)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(notificationId, s.step().name(), utc(s.doneAt()), s.doneBy(), s.note(), s.relativeId(), utc(s.scheduledFor()),
                        s.place(), s.reaction() == null ? null : s.reaction().name(), s.certificateNumber(), s.receivedBy(),
                        s.occurredOn(), s.custodyEvent())
                .update();
    }

    public List<StepRecord> steps(long notificationId) {
        return jdbc.sql("SELECT * FROM families_notification_step WHERE notification_id = ? ORDER BY id").param(notificationId)
                .query((row, n) -> {
                    Date occurred = row.getDate("occurred_on");
                    long custody = row.getLong("custody_event");
                    Long custodyEvent = row.wasNull() ? null : custody;
                    return new StepRecord(NotificationStep.valueOf(row.getString("step")), instant(row, "done_at"),
                            row.getString("done_by"), row.getString("note"), row.getString("relative_id"), instant(row, "scheduled_for"),
                            row.getString("place"), row.getString("outcome") == null ? null : FamilyReaction.valueOf(row.getString("outcome")),
                            row.getString("certificate_number"), row.getString("received_by"),
                            occurred == null ? null : occurred.toLocalDate(), custodyEvent);
                })
                .list();
    }
}
