package org.homeward.app.registry;

import static org.homeward.app.security.Permission.CONSENT_WRITE;
import static org.homeward.app.security.Permission.MISSING_READ;
import static org.homeward.app.security.Permission.PROFILES_WRITE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.FeatureService;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.common.Texts;
import org.homeward.app.genetics.Consent;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.LabFile;
import org.homeward.app.genetics.LabImport;
import org.homeward.app.genetics.LabResultsDoor;
import org.homeward.app.genetics.LabSide;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.genetics.Lineage;
import org.homeward.app.genetics.LineageProfiles;
import org.homeward.app.genetics.SampleLinks;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.genetics.SubjectRef;
import org.homeward.app.registry.store.RegistryRepository;
import org.homeward.app.security.Actor;
import org.homeward.app.security.RequiresPermission;
import org.homeward.formats.common.Strictness;
import org.homeward.kinship.lineage.MtRegion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The reference samples of the registry: taken from relatives with the donor's consent, withdrawn
 * when the donor asks, and the lab's results attached through the lab-file door ({@link LabFile}),
 * each profile stored in {@link GeneticData} under its sample code with the consent the registry
 * holds. Every method declares the permission it needs; every write is dated, attributed and audited.
 */
@FeatureService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReferenceSamples implements LabResultsDoor {

    /** The subject kind under which reference samples are linked to relatives in {@link GeneticData}. */
    public static final String RELATIVE_SUBJECT = "relative";

    private final RegistryRepository repository;
    private final Families families;
    private final GeneticData genetics;
    private final LineageProfiles lineageProfiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Records a reference sample taken from a relative, with the donor's consent; the lab's result comes later. */
    @Transactional
    @RequiresPermission(CONSENT_WRITE)
    public ReferenceSample recordReferenceSample(String relativeId, NewReferenceSample sample) {
        Relative relative = families.relative(relativeId);
        List<InputRefusedException.Problem> problems = new ArrayList<>();
        if (sample.sampleCode() == null) {
            problems.add(new InputRefusedException.Problem("sampleCode", "must not be blank"));
        } else if (repository.sample(sample.sampleCode()).isPresent()) {
            problems.add(new InputRefusedException.Problem("sampleCode", "sample " + sample.sampleCode() + " is already recorded"));
        }
        if (sample.consentScope() == null) {
            problems.add(new InputRefusedException.Problem("consentScope", "is required"));
        } else if (sample.consentScope() == ConsentScope.IDENTIFICATION_ONLY && !sample.organisations().isEmpty()) {
            problems.add(new InputRefusedException.Problem("organisations", "a consent for identification only names no organisations"));
        } else if (sample.consentScope() == ConsentScope.IDENTIFICATION_AND_SHARING && sample.organisations().isEmpty()) {
            problems.add(new InputRefusedException.Problem("organisations", "name the organisations the donor consented to share with"));
        }
        if (sample.collectedOn() != null && sample.collectedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new InputRefusedException.Problem("collectedOn", "is in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
        repository.insertSample(relativeId, sample, clock.instant(), Actor.current().name());
        audit(AuditEvent.of("registry.reference-sample-recorded", "sample:" + sample.sampleCode()).with("relative", relativeId)
                .with("family", relative.familyId()).with("scope", sample.consentScope())
                .with("organisations", String.join(", ", sample.organisations().stream().sorted().toList())));
        return repository.sample(sample.sampleCode()).orElseThrow();
    }

    @RequiresPermission(MISSING_READ)
    public ReferenceSample referenceSample(String code) {
        return families.shown(stored(code));
    }

    /** The family in which a reference sample was taken (its page lists the sample; which relative gave it, see {@link SampleLinks}). */
    @RequiresPermission(MISSING_READ)
    public long familyOfSample(String code) {
        return repository.relative(stored(code).relativeId()).orElseThrow().familyId();
    }

    private ReferenceSample stored(String code) {
        return repository.sample(code).orElseThrow(() -> new NotFoundException("reference sample", code));
    }

    /** The donor withdrew consent: the sample leaves matching at once (in the registry and in {@link GeneticData}). */
    @Transactional
    @RequiresPermission(CONSENT_WRITE)
    public ReferenceSample withdrawConsent(String code, String reason) {
        ReferenceSample sample = referenceSample(code);
        String why = Texts.singleSpaced(reason);
        if (why == null) {
            throw new InputRefusedException("reason", "say why the donor withdrew consent (as the donor put it)");
        }
        if (!sample.consentInForce()) {
            throw new InputRefusedException("sampleCode", "the consent for " + code + " was already withdrawn");
        }
        repository.withdrawConsent(code, why, clock.instant());
        if (sample.profiled()) {
            genetics.withdrawConsent(code, why);
        }
        audit(AuditEvent.of("registry.consent-withdrawn", "sample:" + code).with("reason", why));
        return referenceSample(code);
    }

    @Override
    public LabSide side() {
        return LabSide.references;
    }

    /**
     * Attaches a lab's results (GeneMapper export or CODIS CMF) through the lab-file door: each
     * profile is stored under its sample code with the donor's consent as the registry holds it, and
     * linked to the relative. Every sample code must be a reference sample of the registry with
     * consent in force; under STRICT, otherwise or when the file cannot be read, nothing is stored and
     * every problem is reported ({@code ImportRejectedException}); under LENIENT those samples are left
     * out and listed among the warnings. Progress: the phase {@code reading}, then {@code storing} with
     * the samples stored of all.
     */
    @Override
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public LabImport importResults(String fileName, byte[] content, Strictness strictness, JobProgress progress) {
        progress.report(JobProgress.READING, 0, 1);
        LabFile<ReferenceSample> file = LabFile.read(fileName, content, strictness, labSamples());
        Instant now = clock.instant();
        int total = file.accepted().size();
        for (int i = 0; i < total; i++) {
            progress.item(JobProgress.STORING, i, total);
            LabFile.Accepted<ReferenceSample> accepted = file.accepted().get(i);
            ReferenceSample sample = accepted.known();
            storeProfile(sample.sampleCode(), sample.relativeId(), sample.consentScope(), sample.organisations(),
                    LabFile.markers(accepted.sample()), file.name(), now);
        }
        progress.item(JobProgress.STORING, total, total);
        audit(AuditEvent.of("registry.lab-results-attached", "file:" + file.name()).with("samples", file.accepted().size())
                .with("codes", String.join(", ", file.codes())));
        return new LabImport(file.name(), file.codes(), file.warnings());
    }

    /**
     * Attaches a lab's Y-STR or mtDNA haplotypes (GeneMapper Y export, CODIS CMF, simple table; mtDNA
     * over the declared {@code region}) through the lab-file door, as {@link #importResults} does
     * for autosomal profiles: the same samples, consent and link; STRICT stores the file whole or refuses it whole,
     * LENIENT stores the sound samples and lists what it left out (the remains register's door takes the same request).
     */
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public LabImport attachLineageResults(String fileName, byte[] content, Strictness strictness, Lineage lineage, MtRegion region) {
        LabFile.LineageFile<ReferenceSample> file = LabFile.readLineage(fileName, content, strictness, lineage, region, labSamples());
        Instant now = clock.instant();
        for (LabFile.LineageFile.Accepted<ReferenceSample> accepted : file.accepted()) {
            ReferenceSample sample = accepted.known();
            lineageProfiles.storeReferenceProfile(accepted.profile(), consent(sample.consentScope(), sample.organisations()), file.name());
            genetics.link(sample.sampleCode(), new SubjectRef(RELATIVE_SUBJECT, sample.relativeId()));
            repository.markProfiled(sample.sampleCode(), file.name(), now);
        }
        audit(AuditEvent.of("registry.lineage-results-attached", "file:" + file.name()).with("lineage", lineage)
                .with("samples", file.accepted().size()).with("codes", String.join(", ", file.codes())));
        return new LabImport(file.name(), file.codes(), file.warnings());
    }

    /** The registry's reference samples as the lab-file door matches a file's codes: known, and with consent in force. */
    private LabFile.Samples<ReferenceSample> labSamples() {
        return new LabFile.Samples<>() {
            @Override
            public Map<String, ReferenceSample> known(Collection<String> codes) {
                Map<String, ReferenceSample> known = new HashMap<>();
                repository.samples(Set.copyOf(codes)).forEach(s -> known.put(s.sampleCode(), s));
                return known;
            }

            @Override
            public Optional<String> refusal(ReferenceSample sample) {
                return sample.consentInForce() ? Optional.empty()
                        : Optional.of("the donor withdrew consent: the profile may not be stored");
            }

            @Override
            public String unknown() {
                return "no reference sample with this code is recorded in the registry";
            }
        };
    }

    private static Consent consent(ConsentScope scope, Set<String> organisations) {
        return scope == ConsentScope.IDENTIFICATION_ONLY ? Consent.identificationOnly() : Consent.sharingWith(organisations);
    }

    /** Stores a sample's typed profile with the donor's consent, links it to the relative and marks the sample profiled. */
    void storeProfile(String sampleCode, String relativeId, ConsentScope scope, Set<String> organisations, List<MarkerAlleles> markers,
                      String source, Instant at) {
        genetics.storeReferenceProfile(sampleCode, markers, consent(scope, organisations));
        genetics.link(sampleCode, new SubjectRef(RELATIVE_SUBJECT, relativeId));
        repository.markProfiled(sampleCode, source, at);
    }

    private void audit(AuditEvent event) {
        events.publishEvent(event);
    }
}
