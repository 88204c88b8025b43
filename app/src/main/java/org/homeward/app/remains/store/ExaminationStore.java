package org.homeward.app.remains.store;

import java.time.Instant;
import java.util.List;

import org.homeward.app.remains.Condition;
import org.homeward.app.remains.EffectCategory;
import org.homeward.app.remains.EstimatedSex;
import org.homeward.app.remains.Examination;
import org.homeward.app.remains.Nationality;
import org.homeward.app.remains.NationalityAssessment;
import org.homeward.app.remains.NationalityEvidence;
import org.homeward.app.remains.NewEffect;
import org.homeward.app.remains.NewExamination;
import org.homeward.app.remains.NewNationalityAssessment;
import org.homeward.app.remains.PersonalEffect;
import org.homeward.app.remains.RecoveryPlace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** What examining a body records: examinations, personal effects and nationality assessments. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ExaminationStore {

    private final JdbcClient jdbc;

    public void insertExamination(long remainsId, NewExamination e, Instant examinedAt, Instant at, String by) {
        RecoveryPlace place = e.establishedPlace();
        jdbc.sql("""
                INSERT INTO remains_examination (remains_id, condition, estimated_sex, age_min, age_max, established_place,
                    established_region, established_lat, established_lon, notes, examined_by, examined_at, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(remainsId, e.condition().name(), e.estimatedSex().name(), e.ageMin(), e.ageMax(), place.locality(),
                        place.region(), place.latitude(), place.longitude(), e.notes(), e.examinedBy(), Rows.utc(examinedAt), Rows.utc(at), by)
                .update();
    }

    public List<Examination> examinations(long remainsId) {
        return jdbc.sql("SELECT * FROM remains_examination WHERE remains_id = ? ORDER BY id DESC").param(remainsId)
                .query((row, n) -> new Examination(row.getLong("id"), Condition.valueOf(row.getString("condition")),
                        EstimatedSex.valueOf(row.getString("estimated_sex")), (Integer) row.getObject("age_min"),
                        (Integer) row.getObject("age_max"), Rows.place(row, "established_"), row.getString("notes"),
                        row.getString("examined_by"), Rows.instant(row, "examined_at"),
                        Rows.instant(row, "recorded_at"), row.getString("recorded_by")))
                .list();
    }

    public int countEffects(long remainsId) {
        return jdbc.sql("SELECT count(*) FROM remains_effect WHERE remains_id = ?").param(remainsId).query(Integer.class).single();
    }

    public void insertEffect(long remainsId, String code, NewEffect effect, Instant at, String by) {
        jdbc.sql("INSERT INTO remains_effect (remains_id, effect_code, category, description, recorded_at, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(remainsId, code, effect.category().name(), effect.description(), Rows.utc(at), by).update();
    }

    public boolean effectExists(String code) {
        return jdbc.sql("SELECT count(*) FROM remains_effect WHERE effect_code = ?").param(code).query(Long.class).single() > 0;
    }

    public List<PersonalEffect> effects(long remainsId) {
        return jdbc.sql("SELECT * FROM remains_effect WHERE remains_id = ? ORDER BY id").param(remainsId)
                .query((row, n) -> new PersonalEffect(row.getString("effect_code"), EffectCategory.valueOf(row.getString("category")),
                        row.getString("description"), Rows.instant(row, "recorded_at"), row.getString("recorded_by")))
                .list();
    }

    public void insertNationality(long remainsId, NewNationalityAssessment a, Instant at) {
        jdbc.sql("INSERT INTO remains_nationality (remains_id, assessment, evidence, notes, assessed_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(remainsId, a.assessment().name(),
                        a.evidence().stream().map(Enum::name).sorted().toArray(String[]::new), a.notes(), a.assessedBy(), Rows.utc(at))
                .update();
    }

    public List<NationalityAssessment> nationality(long remainsId) {
        return jdbc.sql("SELECT * FROM remains_nationality WHERE remains_id = ? ORDER BY id DESC").param(remainsId)
                .query((row, n) -> new NationalityAssessment(Nationality.valueOf(row.getString("assessment")),
                        Rows.strings(row.getArray("evidence")).stream().map(NationalityEvidence::valueOf).toList(),
                        row.getString("notes"), row.getString("assessed_by"), Rows.instant(row, "recorded_at")))
                .list();
    }
}
