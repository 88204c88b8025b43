package org.homeward.app.registry.store;

import java.util.List;

import org.homeward.app.registry.MissingPersonStatus;
import org.homeward.kinship.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Everything matching needs of the registry, read at once: the members of every family and the typed samples in use. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MatchingStore {

    private final JdbcClient jdbc;

    /** A member of a family for its pedigree: a missing person (with status) or a relative. */
    public record MemberRow(long familyId, String id, Sex sex, String relationWords, String relationOf, MissingPersonStatus status) {
    }

    public List<MemberRow> allMembers() {
        return jdbc.sql("""
                SELECT family_id, id, sex, relation_words, relation_of, status FROM registry_missing_person WHERE merged_into IS NULL
                UNION ALL
                SELECT family_id, id, sex, relation_words, relation_of, NULL FROM registry_relative
                ORDER BY 1, 2""")
                .query((row, n) -> new MemberRow(row.getLong("family_id"), row.getString("id"), Sex.valueOf(row.getString("sex")),
                        row.getString("relation_words"), row.getString("relation_of"),
                        row.getString("status") == null ? null : MissingPersonStatus.valueOf(row.getString("status"))))
                .list();
    }

    /** Typed samples with consent in force: relative id → sample code (the most recently profiled). */
    public List<String[]> profiledSamplesWithConsent() {
        return jdbc.sql("""
                SELECT DISTINCT ON (relative_id) relative_id, sample_code FROM registry_reference_sample
                 WHERE consent_withdrawn_at IS NULL AND profile_stored_at IS NOT NULL
                 ORDER BY relative_id, profile_stored_at DESC, sample_code""")
                .query((row, n) -> new String[] {row.getString("relative_id"), row.getString("sample_code")}).list();
    }
}
