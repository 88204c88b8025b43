package org.homeward.app.genetics;

import static org.homeward.app.security.Permission.CONSENT_WRITE;
import static org.homeward.app.security.Permission.DATA_EXPORT;
import static org.homeward.app.security.Permission.GENETIC_LINK_READ;
import static org.homeward.app.security.Permission.GENETIC_LINK_WRITE;
import static org.homeward.app.security.Permission.IDENTIFICATION_REVIEW;
import static org.homeward.app.security.Permission.IDENTIFICATION_RUN;
import static org.homeward.app.security.Permission.MISSING_READ;
import static org.homeward.app.security.Permission.PROFILES_READ;
import static org.homeward.app.security.Permission.PROFILES_WRITE;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.Codes;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.security.AccessBasis;
import org.homeward.app.security.BreakGlass;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * DNA profiles, pseudonymised: stored and read under sample codes only; whom a code belongs to is
 * a separate link that only {@link Permission#GENETIC_LINK_READ} (or a break-glass grant) may
 * follow, every follow audited. A reference sample carries its donor's consent; a withdrawn
 * consent takes the profile out of {@link #profilesEligibleForMatching()}, of exports and of every
 * read (the sample and the time of the withdrawal stay on record), and publishes {@link ConsentWithdrawn}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GeneticData {

    private final JdbcClient jdbc;
    private final BreakGlass breakGlass;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final GeneticProfileLog profileLog;

    /** A sample whose donor withdrew consent (SQL over {@code genetic_sample s}). */
    static final String WITHDRAWN = """
            EXISTS (SELECT 1 FROM sample_consent c WHERE c.sample_code = s.sample_code AND c.withdrawn_at IS NOT NULL)""";

    /** The audit action of every read of profiles, its detail naming the sample codes read, and its detail saying why. */
    public static final String READ_ACTION = "genetic-profiles.read";
    public static final String READ_SAMPLES = "samples";
    public static final String READ_WHY = "why";

    /** The break-glass resource name of a sample's link. */
    public static String linkResource(String sampleCode) {
        return "sample-link:" + sampleCode;
    }

    /** Stores (or replaces) the profile of a sample of remains. */
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public void storeRemainsProfile(String sampleCode, List<MarkerAlleles> markers) {
        store(new GeneticProfile(sampleCode, SampleKind.REMAINS, markers));
    }

    /** Stores (or replaces) a relative's reference profile with the donor's consent. */
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public void storeReferenceProfile(String sampleCode, List<MarkerAlleles> markers, Consent consent) {
        store(new GeneticProfile(sampleCode, SampleKind.REFERENCE, markers));
        writeConsent(sampleCode, consent);
    }

    /** One sample's profile; the read is audited ({@link #profiles}); refused when the donor withdrew consent. */
    @Transactional
    @RequiresPermission(PROFILES_READ)
    public Optional<GeneticProfile> profile(String sampleCode) {
        Optional<Instant> withdrawn = jdbc.sql("SELECT withdrawn_at FROM sample_consent WHERE sample_code = ? AND withdrawn_at IS NOT NULL")
                .param(sampleCode).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
        if (withdrawn.isPresent()) {
            throw new ProfileWithdrawnException(sampleCode, withdrawn.get());
        }
        return profiles(List.of(sampleCode)).stream().findFirst();
    }

    /**
     * The profiles of those of {@code sampleCodes} that have one and whose consent was not withdrawn,
     * in code order; one audit entry names every code read.
     */
    @Transactional
    @RequiresPermission(PROFILES_READ)
    public List<GeneticProfile> profiles(Collection<String> sampleCodes) {
        if (sampleCodes.isEmpty()) {
            return List.of();
        }
        return audited(profilesWhere("s.sample_code = ANY (?) AND NOT " + WITHDRAWN,
                (Object) sampleCodes.stream().distinct().toArray(String[]::new)));
    }

    /**
     * The reference profiles among {@code sampleCodes} whose consent is in force, for a computation whose result
     * shows neither genotypes nor sample codes (whose sample a liaison officer should ask a family for); one
     * audited read, as {@link #profiles}.
     */
    @Transactional
    @RequiresPermission(MISSING_READ)
    public List<GeneticProfile> referenceProfilesForAdvice(Collection<String> sampleCodes) {
        return sampleCodes.isEmpty() ? List.of() : audited(profilesWhere("s.kind = 'REFERENCE' AND s.sample_code = ANY (?) AND NOT "
                + WITHDRAWN, (Object) sampleCodes.stream().distinct().toArray(String[]::new)));
    }

    /** Those of {@code sampleCodes} whose donor withdrew consent; no profile is read. */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Set<String> withdrawnAmong(Collection<String> sampleCodes) {
        if (sampleCodes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT s.sample_code FROM genetic_sample s WHERE s.sample_code = ANY (?) AND " + WITHDRAWN)
                .param(sampleCodes.stream().distinct().toArray(String[]::new)).query(String.class).list());
    }

    /** Records whom a sample belongs to (replacing an earlier link). */
    @Transactional
    @RequiresPermission(GENETIC_LINK_WRITE)
    public void link(String sampleCode, SubjectRef subject) {
        requireSample(sampleCode);
        jdbc.sql("""
                INSERT INTO sample_link (sample_code, subject_kind, subject_id, linked_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (sample_code) DO UPDATE SET subject_kind = excluded.subject_kind, subject_id = excluded.subject_id,
                    linked_at = excluded.linked_at""")
                .params(sampleCode, subject.kind(), subject.id(), now())
                .update();
        events.publishEvent(AuditEvent.of("genetic-link.recorded", "sample:" + sampleCode).with("subject", subject.kind() + ":" + subject.id()));
    }

    /**
     * Whom the sample belongs to: for holders of {@link Permission#GENETIC_LINK_READ} or of a
     * break-glass grant for {@link #linkResource}; audited, whether a link exists or not.
     */
    @Transactional
    public Optional<SubjectRef> followLink(String sampleCode) {
        AccessBasis basis = breakGlass.requireAccess(GENETIC_LINK_READ, linkResource(sampleCode));
        Optional<SubjectRef> subject = jdbc.sql("SELECT subject_kind, subject_id FROM sample_link WHERE sample_code = ?")
                .param(sampleCode)
                .query((row, n) -> new SubjectRef(row.getString("subject_kind"), row.getString("subject_id")))
                .optional();
        events.publishEvent(AuditEvent.of("genetic-link.followed", "sample:" + sampleCode).with("basis", basis)
                .with("found", subject.isPresent()));
        return subject;
    }

    @Transactional
    @RequiresPermission(CONSENT_WRITE)
    public void recordConsent(String sampleCode, Consent consent) {
        SampleKind kind = requireSample(sampleCode);
        if (kind != SampleKind.REFERENCE) {
            throw new InputRefusedException("consent", "Only reference samples carry a donor's consent: " + sampleCode);
        }
        writeConsent(sampleCode, consent);
    }

    /**
     * The donor withdrew consent: the profile leaves matching, exports and reads at once, and
     * {@link ConsentWithdrawn} lets what used it follow in this transaction.
     */
    @Transactional
    @RequiresPermission(CONSENT_WRITE)
    public void withdrawConsent(String sampleCode, String reason) {
        OffsetDateTime at = now();
        int withdrawn = jdbc.sql("""
                UPDATE sample_consent SET withdrawn_at = ?, withdrawal_reason = ? WHERE sample_code = ? AND withdrawn_at IS NULL""")
                .params(at, reason, sampleCode).update();
        if (withdrawn == 0) {
            throw new InputRefusedException("sampleCode", "Sample " + sampleCode + " has no consent in force to withdraw");
        }
        events.publishEvent(AuditEvent.of("consent.withdrawn", "sample:" + sampleCode).with("reason", reason)
                .with("withdrawn_at", at.toInstant()));
        events.publishEvent(new ConsentWithdrawn(sampleCode, at.toInstant()));
    }

    /** Every profile that matching may use: all remains, and reference samples whose consent is in force; the read is audited. */
    @Transactional
    @RequiresPermission(IDENTIFICATION_RUN)
    public List<GeneticProfile> profilesEligibleForMatching() {
        return audited(profilesWhere("""
                s.kind = 'REMAINS' OR EXISTS (SELECT 1 FROM sample_consent c
                                              WHERE c.sample_code = s.sample_code AND c.withdrawn_at IS NULL)"""));
    }

    /** The codes of the reference samples that matching may use (consent in force), as {@link #profilesEligibleForMatching}; no profile is read. */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_RUN)
    public Set<String> referenceCodesEligibleForMatching() {
        return Set.copyOf(jdbc.sql("""
                SELECT s.sample_code FROM genetic_sample s
                WHERE s.kind = 'REFERENCE' AND EXISTS (SELECT 1 FROM sample_consent c
                                                       WHERE c.sample_code = s.sample_code AND c.withdrawn_at IS NULL)""")
                .query(String.class).list());
    }

    /** Reference profiles whose donors consented to sharing with {@code organisation}; the export is audited. */
    @Transactional
    @RequiresPermission(DATA_EXPORT)
    public List<GeneticProfile> exportForSharingWith(String organisation) {
        List<GeneticProfile> profiles = profilesWhere("""
                EXISTS (SELECT 1 FROM sample_consent c JOIN sample_consent_sharing o ON o.sample_code = c.sample_code
                        WHERE c.sample_code = s.sample_code AND c.withdrawn_at IS NULL
                          AND c.scope = 'IDENTIFICATION_AND_SHARING' AND o.organisation = ?)""", organisation);
        events.publishEvent(AuditEvent.of("genetic-profiles.exported", "organisation:" + organisation).with("profiles", profiles.size())
                .with(READ_SAMPLES, String.join(",", profiles.stream().map(GeneticProfile::sampleCode).toList())).with(READ_WHY, why()));
        return profiles;
    }

    /**
     * Writes the one audit entry of a read of profiles: who (the entry's actor), which sample codes
     * ({@link #READ_SAMPLES}, comma-separated) and why ({@link #READ_WHY}: the request's method and
     * path, or that no request asked, as for the identification watch's runs).
     */
    private List<GeneticProfile> audited(List<GeneticProfile> profiles) {
        auditRead(profiles.stream().map(GeneticProfile::sampleCode).toList());
        return profiles;
    }

    /** The one audit entry of a read of the profiles (autosomal or lineage) of these sample codes; none when none was read. */
    void auditRead(List<String> codes) {
        if (!codes.isEmpty()) {
            events.publishEvent(AuditEvent.of(READ_ACTION, codes.size() == 1 ? "sample:" + codes.get(0) : null)
                    .with(READ_SAMPLES, String.join(",", codes)).with("count", codes.size()).with(READ_WHY, why()));
        }
    }

    private static String why() {
        String request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? (servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()).strip() : "";
        return request.isEmpty() ? "no request: a scheduled or command-line task" : request;
    }

    private void store(GeneticProfile profile) {
        List<InputRefusedException.Problem> problems = MarkerAlleles.problems(profile.markers(), "markers");
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
        Optional<String> existingKind = ensureSample(profile.sampleCode(), profile.kind());
        jdbc.sql("DELETE FROM genetic_profile WHERE sample_code = ?").param(profile.sampleCode()).update();
        for (MarkerAlleles marker : profile.markers()) {
            jdbc.sql("INSERT INTO genetic_profile (sample_code, marker, allele1, allele2) VALUES (?, ?, ?, ?)")
                    .params(profile.sampleCode(), marker.marker(), marker.allele1(), marker.allele2()).update();
        }
        profileLog.recordStored(profile, clock.instant());
        events.publishEvent(AuditEvent.of("genetic-profile.stored", "sample:" + profile.sampleCode()).with("kind", profile.kind())
                .with("markers", profile.markers().size()).with("replaced", existingKind.isPresent()));
        events.publishEvent(new ProfileStored(profile.sampleCode(), profile.kind()));
    }

    /** Records the sample under its code unless it is recorded; its kind as recorded before, empty when it is new. */
    Optional<String> ensureSample(String sampleCode, SampleKind kind) {
        if (!Codes.isCode(sampleCode)) {
            throw new InputRefusedException("sampleCode", "A sample code " + Codes.RULE);
        }
        Optional<String> existingKind = jdbc.sql("SELECT kind FROM genetic_sample WHERE sample_code = ?").param(sampleCode)
                .query(String.class).optional();
        if (existingKind.isPresent() && !existingKind.get().equals(kind.name())) {
            throw new InputRefusedException("kind", "Sample " + sampleCode + " is a " + existingKind.get() + " sample");
        }
        if (existingKind.isEmpty()) {
            jdbc.sql("INSERT INTO genetic_sample (sample_code, kind, stored_at) VALUES (?, ?, ?)")
                    .params(sampleCode, kind.name(), now()).update();
        }
        return existingKind;
    }

    void writeConsent(String sampleCode, Consent consent) {
        jdbc.sql("DELETE FROM sample_consent_sharing WHERE sample_code = ?").param(sampleCode).update();
        jdbc.sql("""
                INSERT INTO sample_consent (sample_code, scope, recorded_at) VALUES (?, ?, ?)
                ON CONFLICT (sample_code) DO UPDATE SET scope = excluded.scope, recorded_at = excluded.recorded_at,
                    withdrawn_at = NULL, withdrawal_reason = NULL""")
                .params(sampleCode, consent.scope().name(), now()).update();
        for (String organisation : consent.organisations()) {
            jdbc.sql("INSERT INTO sample_consent_sharing (sample_code, organisation) VALUES (?, ?)").params(sampleCode, organisation).update();
        }
        events.publishEvent(AuditEvent.of("consent.recorded", "sample:" + sampleCode).with("scope", consent.scope())
                .with("organisations", String.join(", ", consent.organisations().stream().sorted().toList())));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private SampleKind requireSample(String sampleCode) {
        return jdbc.sql("SELECT kind FROM genetic_sample WHERE sample_code = ?").param(sampleCode)
                .query((row, n) -> SampleKind.valueOf(row.getString("kind"))).optional()
                .orElseThrow(() -> new NotFoundException("sample", sampleCode));
    }

    private List<GeneticProfile> profilesWhere(String condition, Object... params) {
        Map<String, SampleKind> kinds = new LinkedHashMap<>();
        Map<String, List<MarkerAlleles>> markers = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.sample_code, s.kind, p.marker, p.allele1, p.allele2
                FROM genetic_sample s LEFT JOIN genetic_profile p ON p.sample_code = s.sample_code
                WHERE (""" + condition + ") ORDER BY s.sample_code, p.marker")
                .params(params)
                .query(row -> {
                    String code = row.getString("sample_code");
                    kinds.put(code, SampleKind.valueOf(row.getString("kind")));
                    List<MarkerAlleles> list = markers.computeIfAbsent(code, c -> new ArrayList<>());
                    if (row.getString("marker") != null) {
                        list.add(new MarkerAlleles(row.getString("marker"), row.getString("allele1"), row.getString("allele2")));
                    }
                });
        List<GeneticProfile> profiles = new ArrayList<>();
        kinds.forEach((code, kind) -> profiles.add(new GeneticProfile(code, kind, markers.get(code))));
        return profiles;
    }
}
