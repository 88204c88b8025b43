package org.homeward.app.registry.store;

import static org.homeward.app.common.SqlTimes.instant;
import static org.homeward.app.common.SqlTimes.utc;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.common.PagedSql;
import org.homeward.app.common.Sorting;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.registry.ContactDetails;
import org.homeward.app.registry.MissingPerson;
import org.homeward.app.registry.MissingPersonStatus;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewReferenceSample;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.registry.ReferenceSample;
import org.homeward.app.registry.Relative;
import org.homeward.app.registry.StatusChange;
import org.homeward.kinship.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The registry's tables, through JdbcClient. No checks of permission or of sense: the registry's
 * services do those. Public only for them: nothing outside the registry may use {@code store}.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegistryRepository {

    private static final String PERSON_COLUMNS = """
            id, family_id, relation_words, relation_of, service_number, surname, given_names, surname_latin,
            given_names_latin, sex, date_of_birth, unit, last_seen_on, last_seen_place, circumstances,
            physical_description, status, status_changed_at, merged_into, reported_at, reported_by, version""";

    private final JdbcClient jdbc;

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    // --- families ----------------------------------------------------------------------------------

    public long insertFamily(String name, String demoKey, Instant at, String by) {
        return jdbc.sql("INSERT INTO registry_family (name, demo_key, created_at, created_by) VALUES (?, ?, ?, ?) RETURNING id")
                .params(name, demoKey, utc(at), by).query(Long.class).single();
    }

    /** Demo key → id of the family's first missing person. */
    public java.util.Map<String, String> demoMissingPersons() {
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT f.demo_key, p.id FROM registry_family f JOIN registry_missing_person p ON p.family_id = f.id
                 WHERE f.demo_key IS NOT NULL AND p.relation_of IS NULL AND p.merged_into IS NULL""")
                .query(row -> {
                    ids.put(row.getString("demo_key"), row.getString("id"));
                });
        return ids;
    }

    public void setDemoKey(long familyId, String demoKey) {
        jdbc.sql("UPDATE registry_family SET demo_key = ? WHERE id = ?").params(demoKey, familyId).update();
    }

    public Set<String> demoKeys() {
        return new HashSet<>(jdbc.sql("SELECT demo_key FROM registry_family WHERE demo_key IS NOT NULL").query(String.class).list());
    }

    public record FamilyRow(long id, String name, Instant createdAt, String createdBy, int version) {
    }

    public Optional<FamilyRow> family(long id) {
        return jdbc.sql("SELECT * FROM registry_family WHERE id = ?").param(id)
                .query((row, n) -> new FamilyRow(row.getLong("id"), row.getString("name"), instant(row, "created_at"),
                        row.getString("created_by"), row.getInt("version")))
                .optional();
    }

    /** Bumps the family's version if it is still {@code expected}; false when someone changed it meanwhile. */
    public boolean touchFamily(long id, Integer expected) {
        if (expected == null) {
            return jdbc.sql("UPDATE registry_family SET version = version + 1 WHERE id = ?").param(id).update() == 1;
        }
        return jdbc.sql("UPDATE registry_family SET version = version + 1 WHERE id = ? AND version = ?").params(id, expected).update() == 1;
    }

    public void lockFamily(long id) {
        jdbc.sql("SELECT id FROM registry_family WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
    }

    // --- missing persons ---------------------------------------------------------------------------

    public String nextMissingPersonId() {
        return "MP-" + jdbc.sql("SELECT nextval('registry_missing_person_number')").query(Long.class).single();
    }

    public void insertMissingPerson(String id, long familyId, String relationWords, String relationOf, NewMissingPerson p,
                             String surnameLatin, String givenNamesLatin, String searchKey, String nameKey, MissingPersonStatus status,
                             Instant at, String by) {
        jdbc.sql("""
                INSERT INTO registry_missing_person (id, family_id, relation_words, relation_of, service_number, surname,
                    given_names, surname_latin, given_names_latin, search_key, name_key, sex, date_of_birth, unit, last_seen_on,
                    last_seen_place, circumstances, physical_description, status, status_changed_at, reported_at, reported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, familyId, relationWords, relationOf, p.serviceNumber(), p.surname(), p.givenNames(), surnameLatin,
                        givenNamesLatin, searchKey, nameKey, p.sex().name(), p.dateOfBirth(), p.unit(), p.lastSeenOn(), p.lastSeenPlace(),
                        p.circumstances(), p.physicalDescription(), status.name(), utc(at), utc(at), by)
                .update();
        insertStatusChange(id, status, at, by, "reported");
    }

    private static MissingPerson person(ResultSet row, int n) throws SQLException {
        return new MissingPerson(row.getString("id"), row.getLong("family_id"), row.getString("relation_words"),
                row.getString("relation_of"), row.getString("service_number"), row.getString("surname"),
                row.getString("given_names"), row.getString("surname_latin"), row.getString("given_names_latin"),
                Sex.valueOf(row.getString("sex")), date(row, "date_of_birth"), row.getString("unit"), date(row, "last_seen_on"),
                row.getString("last_seen_place"), row.getString("circumstances"), row.getString("physical_description"),
                MissingPersonStatus.valueOf(row.getString("status")), instant(row, "status_changed_at"),
                row.getString("merged_into"), instant(row, "reported_at"), row.getString("reported_by"), row.getInt("version"));
    }

    public Optional<MissingPerson> missingPerson(String id) {
        return jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM registry_missing_person WHERE id = ?").param(id)
                .query(RegistryRepository::person).optional();
    }

    public List<MissingPerson> missingPersonsOfFamily(long familyId) {
        return jdbc.sql("SELECT " + PERSON_COLUMNS + """
                 FROM registry_missing_person WHERE family_id = ? AND merged_into IS NULL
                ORDER BY relation_of NULLS FIRST, reported_at, id""").param(familyId)
                .query(RegistryRepository::person).list();
    }

    /** The columns the register's list sorts by; newest reports first unless asked otherwise. */
    private static final Sorting PERSON_ORDER = Sorting.of("reported", true, "id", "reported", "reported_at",
            "name", "surname_latin", "born", "date_of_birth", "lastSeen", "last_seen_on",
            "status", "status", "family", "family_id");

    /**
     * A page of the missing persons (not merged away) whose search key has every word of {@code keyWords}
     * as a prefix of one of its words, or whose service number is {@code serviceNumber}; in {@code status},
     * of family {@code familyId}, last seen between the filter's dates, when given.
     */
    public Page<MissingPerson> search(List<String> keyWords, String serviceNumber, MissingPersonStatus status, Long familyId,
                                      ListQuery query) {
        PagedSql rows = PagedSql.from("registry_missing_person").where("merged_into IS NULL");
        if (!keyWords.isEmpty() || serviceNumber != null) {
            List<String> names = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (!keyWords.isEmpty()) {
                names.add(String.join(" AND ", Collections.nCopies(keyWords.size(), "(' ' || search_key) LIKE ?")));
                keyWords.forEach(word -> params.add("% " + word.replace("%", "").replace("_", "") + "%"));
            }
            if (serviceNumber != null) {
                names.add("lower(service_number) = lower(?)");
                params.add(serviceNumber);
            }
            rows.where("((" + String.join(") OR (", names) + "))", params.toArray());
        }
        return rows.whenGiven(status == null ? null : status.name(), "status = ?").whenGiven(familyId, "family_id = ?")
                .betweenDates("last_seen_on", query.filter().from(), query.filter().to())
                .page(jdbc, PERSON_COLUMNS, query, PERSON_ORDER, RegistryRepository::person);
    }

    /** Records (not merged away) with the same service number, or the same name key and date of birth. */
    public List<MissingPerson> sameAs(String id, String serviceNumber, String nameKey, LocalDate dateOfBirth) {
        return jdbc.sql("SELECT " + PERSON_COLUMNS + """
                 FROM registry_missing_person
                WHERE id <> ? AND merged_into IS NULL
                  AND ((?::text IS NOT NULL AND lower(service_number) = lower(?::text))
                       OR (?::date IS NOT NULL AND date_of_birth = ?::date AND name_key = ?))
                ORDER BY reported_at, id""")
                .params(id, serviceNumber, serviceNumber, dateOfBirth, dateOfBirth, nameKey)
                .query(RegistryRepository::person).list();
    }

    /**
     * Every pair of records (not merged away) that look like the same person. One equality join per
     * reason, so each is a hash join: with the two reasons OR-ed in one join, PostgreSQL compared
     * every pair of records (2.2 s for 1,000 under load, against 13 ms).
     */
    public List<String[]> duplicatePairs(int limit) {
        return jdbc.sql("""
                SELECT first, second, reason FROM (
                    SELECT a.id AS first, b.id AS second, 'SAME_SERVICE_NUMBER' AS reason
                      FROM registry_missing_person a
                      JOIN registry_missing_person b ON lower(a.service_number) = lower(b.service_number) AND a.id < b.id
                     WHERE a.merged_into IS NULL AND b.merged_into IS NULL
                    UNION ALL
                    SELECT a.id, b.id, 'SAME_NAME_AND_DATE_OF_BIRTH'
                      FROM registry_missing_person a
                      JOIN registry_missing_person b ON a.date_of_birth = b.date_of_birth AND a.name_key = b.name_key AND a.id < b.id
                     WHERE a.merged_into IS NULL AND b.merged_into IS NULL
                       AND NOT coalesce(lower(a.service_number) = lower(b.service_number), false)) pairs
                 ORDER BY first, second LIMIT ?""")
                .param(limit)
                .query((row, n) -> new String[] {row.getString("first"), row.getString("second"), row.getString("reason")})
                .list();
    }

    public boolean updateStatus(String id, int expectedVersion, MissingPersonStatus status, Instant at) {
        return jdbc.sql("""
                UPDATE registry_missing_person SET status = ?, status_changed_at = ?, version = version + 1
                 WHERE id = ? AND version = ?""")
                .params(status.name(), utc(at), id, expectedVersion).update() == 1;
    }

    public void insertStatusChange(String id, MissingPersonStatus status, Instant at, String by, String note) {
        jdbc.sql("INSERT INTO registry_status_change (missing_person_id, status, changed_at, changed_by, note) VALUES (?, ?, ?, ?, ?)")
                .params(id, status.name(), utc(at), by, note).update();
    }

    public List<StatusChange> statusHistory(String id) {
        return jdbc.sql("SELECT * FROM registry_status_change WHERE missing_person_id = ? ORDER BY changed_at, id").param(id)
                .query((row, n) -> new StatusChange(MissingPersonStatus.valueOf(row.getString("status")),
                        instant(row, "changed_at"), row.getString("changed_by"), row.getString("note")))
                .list();
    }

    public void setRelation(String memberId, String words, String of) {
        if (memberId.startsWith("MP-")) {
            jdbc.sql("UPDATE registry_missing_person SET relation_words = ?, relation_of = ?, version = version + 1 WHERE id = ?")
                    .params(words, of, memberId).update();
        } else {
            jdbc.sql("UPDATE registry_relative SET relation_words = ?, relation_of = ? WHERE id = ?").params(words, of, memberId).update();
        }
    }

    public void setSex(String memberId, Sex sex) {
        String table = memberId.startsWith("MP-") ? "registry_missing_person" : "registry_relative";
        jdbc.sql("UPDATE " + table + " SET sex = ? WHERE id = ?").params(sex.name(), memberId).update();
    }

    public void markMerged(String duplicateId, String survivorId, String reason, Instant at, String by) {
        jdbc.sql("UPDATE registry_missing_person SET merged_into = ?, version = version + 1 WHERE id = ?").params(survivorId, duplicateId).update();
        jdbc.sql("INSERT INTO registry_merge (duplicate_id, survivor_id, reason, merged_at, merged_by) VALUES (?, ?, ?, ?, ?)")
                .params(duplicateId, survivorId, reason, utc(at), by).update();
    }

    /** Moves the members of family {@code from} into {@code to}, pointing statements about {@code oldId} at {@code newId}. */
    public void moveMembers(long from, long to, String oldId, String newId) {
        jdbc.sql("UPDATE registry_relative SET family_id = ? WHERE family_id = ?").params(to, from).update();
        jdbc.sql("UPDATE registry_missing_person SET family_id = ? WHERE family_id = ? AND merged_into IS NULL").params(to, from).update();
        repoint(to, oldId, newId);
    }

    public void repoint(long familyId, String oldId, String newId) {
        jdbc.sql("UPDATE registry_relative SET relation_of = ? WHERE family_id = ? AND relation_of = ?").params(newId, familyId, oldId).update();
        jdbc.sql("UPDATE registry_missing_person SET relation_of = ? WHERE family_id = ? AND relation_of = ? AND merged_into IS NULL")
                .params(newId, familyId, oldId).update();
    }

    // --- relatives ---------------------------------------------------------------------------------

    public String nextRelativeId() {
        return "R-" + jdbc.sql("SELECT nextval('registry_relative_number')").query(Long.class).single();
    }

    public void insertRelative(String id, long familyId, NewRelative r, String latin, Sex sex, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO registry_relative (id, family_id, full_name, full_name_latin, sex, relation_words, relation_of,
                    reporting, may_give_sample, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, familyId, r.fullName(), latin, sex.name(), r.relationWords(), r.relationOf(), r.reporting(),
                        r.mayGiveSample(), utc(at), by)
                .update();
    }

    private static Relative relative(ResultSet row, int n) throws SQLException {
        return new Relative(row.getString("id"), row.getLong("family_id"), row.getString("full_name"),
                row.getString("full_name_latin"), Sex.valueOf(row.getString("sex")), row.getString("relation_words"),
                row.getString("relation_of"), row.getBoolean("reporting"), row.getBoolean("may_give_sample"),
                instant(row, "created_at"), row.getString("created_by"));
    }

    public Optional<Relative> relative(String id) {
        return jdbc.sql("SELECT * FROM registry_relative WHERE id = ?").param(id).query(RegistryRepository::relative).optional();
    }

    public List<Relative> relativesOfFamily(long familyId) {
        return jdbc.sql("SELECT * FROM registry_relative WHERE family_id = ? ORDER BY created_at, id").param(familyId)
                .query(RegistryRepository::relative).list();
    }

    // --- contact details ---------------------------------------------------------------------------

    public Optional<ContactDetails> contact(String relativeId) {
        return jdbc.sql("SELECT * FROM registry_contact WHERE relative_id = ?").param(relativeId)
                .query((row, n) -> new ContactDetails(row.getString("phone"), row.getString("email"), row.getString("address"),
                        row.getString("language")))
                .optional();
    }

    public void saveContact(String relativeId, ContactDetails c, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO registry_contact (relative_id, phone, email, address, language, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (relative_id) DO UPDATE SET phone = excluded.phone, email = excluded.email, address = excluded.address,
                    language = excluded.language, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(relativeId, c.phone(), c.email(), c.address(), c.language(), utc(at), by).update();
    }

    // --- reference samples -------------------------------------------------------------------------

    public void insertSample(String relativeId, NewReferenceSample s, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO registry_reference_sample (sample_code, relative_id, collected_on, consent_scope, consent_organisations,
                    consent_recorded_at, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.sampleCode(), relativeId, s.collectedOn(), s.consentScope().name(),
                        s.organisations().stream().sorted().toArray(String[]::new), utc(at), utc(at), by)
                .update();
    }

    private static ReferenceSample sample(ResultSet row, int n) throws SQLException {
        Array organisations = row.getArray("consent_organisations");
        return new ReferenceSample(row.getString("sample_code"), row.getString("relative_id"), date(row, "collected_on"),
                ConsentScope.valueOf(row.getString("consent_scope")),
                organisations == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) organisations.getArray())),
                instant(row, "consent_recorded_at"), instant(row, "consent_withdrawn_at"), row.getString("withdrawal_reason"),
                instant(row, "profile_stored_at"), row.getString("profile_source"));
    }

    public Optional<ReferenceSample> sample(String code) {
        return jdbc.sql("SELECT * FROM registry_reference_sample WHERE sample_code = ?").param(code)
                .query(RegistryRepository::sample).optional();
    }

    /** The samples with these codes (case as stored). */
    public List<ReferenceSample> samples(Set<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM registry_reference_sample WHERE sample_code = ANY (?)")
                .param(codes.toArray(String[]::new)).query(RegistryRepository::sample).list();
    }

    public List<ReferenceSample> samplesOfFamily(long familyId) {
        return jdbc.sql("""
                SELECT s.* FROM registry_reference_sample s JOIN registry_relative r ON r.id = s.relative_id
                 WHERE r.family_id = ? ORDER BY s.created_at, s.sample_code""").param(familyId)
                .query(RegistryRepository::sample).list();
    }

    public void withdrawConsent(String code, String reason, Instant at) {
        jdbc.sql("UPDATE registry_reference_sample SET consent_withdrawn_at = ?, withdrawal_reason = ? WHERE sample_code = ?")
                .params(utc(at), reason, code).update();
    }

    public void markProfiled(String code, String source, Instant at) {
        jdbc.sql("UPDATE registry_reference_sample SET profile_stored_at = ?, profile_source = ? WHERE sample_code = ?")
                .params(utc(at), source, code).update();
    }
}
