package org.homeward.app.genetics;

import static org.homeward.app.security.Permission.IDENTIFICATION_RUN;
import static org.homeward.app.security.Permission.PROFILES_READ;
import static org.homeward.app.security.Permission.PROFILES_WRITE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.security.RequiresPermission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Y-STR and mtDNA profiles, stored beside the autosomal profiles and under the same rules
 * ({@link GeneticData}): under sample codes only, every read one audit entry naming the codes, and a
 * reference whose donor withdrew consent left out of every read and of matching.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LineageProfiles {

    private final JdbcClient jdbc;
    private final GeneticData genetics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Stores (or replaces) the Y-STR or mtDNA haplotype of a sample of remains. */
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public void storeRemainsProfile(LineageProfile profile, String source) {
        store(profile, SampleKind.REMAINS, source);
    }

    /**
     * Stores (or replaces) a relative's Y-STR or mtDNA haplotype; a sample not yet recorded (a relative
     * typed only at lineage markers) is recorded with the donor's consent.
     */
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public void storeReferenceProfile(LineageProfile profile, Consent consent, String source) {
        if (store(profile, SampleKind.REFERENCE, source)) {
            genetics.writeConsent(profile.sampleCode(), consent);
        }
    }

    /** The lineage profiles of those of {@code sampleCodes} whose consent was not withdrawn; one audit entry names the codes read. */
    @Transactional
    @RequiresPermission(PROFILES_READ)
    public List<LineageProfile> profiles(Collection<String> sampleCodes) {
        if (sampleCodes.isEmpty()) {
            return List.of();
        }
        return audited(profilesWhere("s.sample_code = ANY (?) AND NOT " + GeneticData.WITHDRAWN,
                (Object) sampleCodes.stream().distinct().toArray(String[]::new)));
    }

    /** The lineage profiles of this kind that matching may use: all remains, references whose consent is in force; the read is audited. */
    @Transactional
    @RequiresPermission(IDENTIFICATION_RUN)
    public List<LineageProfile> profilesEligibleForMatching(SampleKind kind) {
        return audited(profilesWhere("s.kind = ? AND (s.kind = 'REMAINS' OR NOT " + GeneticData.WITHDRAWN + ")", kind.name()));
    }

    /** True when the sample was not recorded before. */
    private boolean store(LineageProfile profile, SampleKind kind, String source) {
        boolean created = genetics.ensureSample(profile.sampleCode(), kind).isEmpty();
        boolean replaced = jdbc.sql("""
                INSERT INTO lineage_profile (sample_code, lineage, haplotype, region, source, stored_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (sample_code, lineage) DO UPDATE SET haplotype = excluded.haplotype, region = excluded.region,
                    source = excluded.source, stored_at = excluded.stored_at
                RETURNING (xmax <> 0)""")
                .params(profile.sampleCode(), profile.lineage().name(), profile.haplotype(), profile.region(), source,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(Boolean.class).single();
        events.publishEvent(AuditEvent.of("lineage-profile.stored", "sample:" + profile.sampleCode()).with("kind", kind)
                .with("lineage", profile.lineage()).with("source", source).with("replaced", replaced));
        events.publishEvent(new ProfileStored(profile.sampleCode(), kind));
        return created;
    }

    private List<LineageProfile> audited(List<LineageProfile> profiles) {
        genetics.auditRead(profiles.stream().map(LineageProfile::sampleCode).distinct().toList());
        return profiles;
    }

    private List<LineageProfile> profilesWhere(String condition, Object... params) {
        return jdbc.sql("""
                SELECT l.sample_code, l.lineage, l.haplotype, l.region
                FROM lineage_profile l JOIN genetic_sample s ON s.sample_code = l.sample_code
                WHERE (""" + condition + ") ORDER BY l.sample_code, l.lineage")
                .params(params)
                .query((row, n) -> new LineageProfile(row.getString("sample_code"), Lineage.valueOf(row.getString("lineage")),
                        row.getString("haplotype"), row.getString("region")))
                .list();
    }
}
