package org.homeward.app.families.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.homeward.app.families.FurtherRemains;
import org.homeward.app.families.FurtherRemainsChoice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The further parts of identified persons and what their families were told. Only for the families' services. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FurtherRemainsRepository {

    private final JdbcClient jdbc;

    /** Records a confirmed further part once (a repeated event changes nothing). */
    public void insert(long reassociationId, long notificationId, String missingPersonId, String bodyNumber, Instant associatedAt) {
        jdbc.sql("""
                INSERT INTO families_further_remains (reassociation_id, notification_id, missing_person_id, body_number, associated_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (reassociation_id) DO NOTHING""")
                .params(reassociationId, notificationId, missingPersonId, bodyNumber, OffsetDateTime.ofInstant(associatedAt, ZoneOffset.UTC))
                .update();
    }

    public Optional<FurtherRemains> find(long reassociationId) {
        return jdbc.sql("SELECT * FROM families_further_remains WHERE reassociation_id = ?").param(reassociationId)
                .query(FurtherRemainsRepository::row).optional();
    }

    public Optional<FurtherRemains> lock(long reassociationId) {
        return jdbc.sql("SELECT * FROM families_further_remains WHERE reassociation_id = ? FOR UPDATE").param(reassociationId)
                .query(FurtherRemainsRepository::row).optional();
    }

    /** Records that the family was told; false when it was recorded already. */
    public boolean recordInformed(long reassociationId, LocalDate informedOn, FurtherRemainsChoice choice, String note, String by, Instant at) {
        return jdbc.sql("""
                UPDATE families_further_remains SET informed_on = ?, choice = ?, note = ?, recorded_by = ?, recorded_at = ?
                WHERE reassociation_id = ? AND informed_on IS NULL""")
                .params(informedOn, choice.name(), note, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), reassociationId).update() == 1;
    }

    public List<FurtherRemains> ofNotification(long notificationId) {
        return jdbc.sql("SELECT * FROM families_further_remains WHERE notification_id = ? ORDER BY associated_at, reassociation_id")
                .param(notificationId).query(FurtherRemainsRepository::row).list();
    }

    public List<FurtherRemains> ofPerson(String missingPersonId) {
        return jdbc.sql("SELECT * FROM families_further_remains WHERE missing_person_id = ? ORDER BY associated_at, reassociation_id")
                .param(missingPersonId).query(FurtherRemainsRepository::row).list();
    }

    private static FurtherRemains row(ResultSet row, int n) throws SQLException {
        Date informed = row.getDate("informed_on");
        String choice = row.getString("choice");
        OffsetDateTime recorded = row.getObject("recorded_at", OffsetDateTime.class);
        return new FurtherRemains(row.getLong("reassociation_id"), row.getLong("notification_id"), row.getString("missing_person_id"),
                row.getString("body_number"), row.getObject("associated_at", OffsetDateTime.class).toInstant(),
                informed == null ? null : informed.toLocalDate(), choice == null ? null : FurtherRemainsChoice.valueOf(choice),
                row.getString("note"), row.getString("recorded_by"), recorded == null ? null : recorded.toInstant());
    }
}
