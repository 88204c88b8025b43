package org.homeward.app.identification.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Screening's family profiles kept across restarts (table {@code identification_family_profile}). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FamilyProfileStore {

    /** A missing person's profile as screening stores it, with what it was computed from. */
    public record StoredProfile(String familyId, String missingPerson, String modelVersion, String inputsHash,
                                List<String> referenceSamples, byte[] profile) {
        public StoredProfile {
            referenceSamples = List.copyOf(referenceSamples);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    /** The stored profiles of that model version whose inputs hash is among these, by inputs hash. */
    public Map<String, byte[]> find(String modelVersion, Collection<String> inputsHashes) {
        Map<String, byte[]> found = new HashMap<>();
        template.query(withArray("SELECT inputs_hash, profile FROM identification_family_profile WHERE model_version = ? AND inputs_hash = ANY (?)",
                modelVersion, inputsHashes), row -> {
            found.put(row.getString(1), row.getBytes(2));
        });
        return found;
    }

    /** Keeps these profiles, each replacing what was stored for its family and missing person. */
    public void store(List<StoredProfile> profiles) {
        template.batchUpdate("""
                INSERT INTO identification_family_profile (family_id, missing_person, model_version, inputs_hash, reference_samples, profile)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (family_id, missing_person) DO UPDATE SET model_version = excluded.model_version,
                    inputs_hash = excluded.inputs_hash, reference_samples = excluded.reference_samples, profile = excluded.profile""",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        StoredProfile p = profiles.get(i);
                        Array samples = ps.getConnection().createArrayOf("text", p.referenceSamples().toArray());
                        ps.setString(1, p.familyId());
                        ps.setString(2, p.missingPerson());
                        ps.setString(3, p.modelVersion());
                        ps.setString(4, p.inputsHash());
                        ps.setArray(5, samples);
                        ps.setBytes(6, p.profile());
                    }

                    @Override
                    public int getBatchSize() {
                        return profiles.size();
                    }
                });
    }

    /** Deletes what no screening of this model version over these families can use. */
    public void retainOnly(String modelVersion, Collection<String> familyIds) {
        template.update(withArray("DELETE FROM identification_family_profile WHERE model_version <> ? OR NOT (family_id = ANY (?))",
                modelVersion, familyIds));
    }

    public void deleteFamily(String familyId) {
        jdbc.sql("DELETE FROM identification_family_profile WHERE family_id = ?").param(familyId).update();
    }

    /** Deletes every profile computed from that relative's sample. */
    public void deleteComputedFrom(String sampleCode) {
        jdbc.sql("DELETE FROM identification_family_profile WHERE ? = ANY (reference_samples)").param(sampleCode).update();
    }

    public void deleteAll() {
        jdbc.sql("DELETE FROM identification_family_profile").update();
    }

    /** The statement with a model version and a text array as its two parameters. */
    private static PreparedStatementCreator withArray(String sql, String modelVersion, Collection<String> values) {
        return connection -> {
            PreparedStatement ps = connection.prepareStatement(sql);
            ps.setString(1, modelVersion);
            ps.setArray(2, connection.createArrayOf("text", values.toArray()));
            return ps;
        };
    }
}
