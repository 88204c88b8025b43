package org.homeward.app.remains;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.common.FeatureService;
import org.homeward.app.common.Texts;
import org.homeward.app.remains.store.RemainsRepository;
import org.homeward.app.remains.store.SampleStore;
import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.GeneticProfile;
import org.homeward.app.genetics.LabFile;
import org.homeward.app.genetics.LabImport;
import org.homeward.app.genetics.LabResultsDoor;
import org.homeward.app.genetics.LabSide;
import org.homeward.app.genetics.Lineage;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.genetics.LineageProfiles;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.security.Actor;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.formats.common.Strictness;
import org.homeward.kinship.lineage.MtRegion;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Profile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * DNA samples of remains and their lab results: what the lab works with. A sample gets a code of
 * its own (printed on its label, {@code DNA-2025-000123} by default) and a chain of custody; results
 * come back from GeneMapper or CODIS CMF files by sample code, and the profiles are stored under
 * the sample code only, apart from anything that names a person (the genetics feature's {@link GeneticData}).
 * A failed sample is taken again ({@link #resample}), keeping the link to the one it redoes.
 *
 * <p>For identification: {@link #profiles()} lists every remains profile by sample code;
 * {@link #sample(String)} says which body number a sample code belongs to.
 */
@FeatureService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RemainsLab implements LabResultsDoor {

    private final RemainsRepository repository;
    private final SampleStore samples;
    private final CustodyLog custody;
    private final GeneticData genetics;
    private final LineageProfiles lineageProfiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Numbering numbering;

    /**
     * Records a sample taken from the remains under a new sample code, with a SAMPLING custody event
     * on the remains and the first event of the sample's own chain.
     */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public Sample takeSample(BodyNumber bodyNumber, NewSample request) {
        RemainsRepository.Row remains = repository.remains(bodyNumber.value())
                .orElseThrow(() -> new NotFoundException("remains", bodyNumber.value()));
        return take(remains, request, null);
    }

    /** Takes a new sample in place of a failed one (from the same remains). */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public Sample resample(SampleCode failedCode, NewSample request) {
        SampleStore.SampleRow failed = requireSample(failedCode.value());
        if (failed.sample().status() != SampleStatus.FAILED) {
            throw new InputRefusedException("sampleCode", "sample " + failedCode + " has not failed ("
                    + failed.sample().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
        }
        RemainsRepository.Row remains = repository.remains(failed.sample().bodyNumber()).orElseThrow();
        return take(remains, request, failed);
    }

    private Sample take(RemainsRepository.Row remains, NewSample request, SampleStore.SampleRow redoes) {
        Instant now = clock.instant();
        Instant takenAt = request.takenAt() != null ? request.takenAt() : now;
        if (takenAt.isAfter(now.plus(CustodyLog.FUTURE_TOLERANCE))) {
            throw new InputRefusedException("takenAt", "the sampling time lies in the future");
        }
        String code = numbering.takeSampleCode(numbering.day(takenAt));
        samples.insertSample(code, remains.id(), request, takenAt, redoes == null ? null : redoes.id(), now, Actor.current().name());
        String what = request.material().name().toLowerCase(java.util.Locale.ROOT)
                + (request.element() == null ? "" : " (" + request.element() + ")");
        Custodian taker = new Custodian(request.takenBy(), null, "sampler");
        custody.append(CustodyItem.remains(remains.bodyNumber()), new NewCustodyEvent(CustodyEventType.SAMPLING, takenAt, null, null,
                null, null, taker, List.of(), List.of(), List.of(), null, "sample " + code + " taken: " + what
                + (redoes == null ? "" : ", redoing failed sample " + redoes.sample().code())));
        custody.append(CustodyItem.sample(code), new NewCustodyEvent(CustodyEventType.SAMPLING, takenAt, null, null, null, null, taker,
                List.of(), List.of(), List.of(), null, "taken from " + remains.bodyNumber() + ": " + what));
        events.publishEvent(AuditEvent.of("remains.sample-taken", "sample:" + code).with("remains", remains.bodyNumber())
                .with("resamples", redoes == null ? null : redoes.sample().code()));
        return requireSample(code).sample();
    }

    /** The lab obtained no usable profile from the sample: it joins the queue of samples to take again. */
    @Transactional
    @RequiresPermission(Permission.PROFILES_WRITE)
    public Sample recordFailure(SampleCode sampleCode, String reason) {
        SampleStore.SampleRow sample = requireSample(sampleCode.value());
        String cleaned = Texts.blankToNull(reason);
        if (cleaned == null) {
            throw new InputRefusedException("reason", "say why the sample failed (for instance: no DNA recovered, inhibition)");
        }
        if (cleaned.length() > NOTE_LENGTH) {
            throw new InputRefusedException("reason", "at most " + NOTE_LENGTH + " characters");
        }
        samples.insertResult(sample.id(), SampleStatus.FAILED, null, null, cleaned, null, clock.instant(), Actor.current().name());
        events.publishEvent(AuditEvent.of("remains.sample-failed", "sample:" + sampleCode).with("reason", cleaned));
        return requireSample(sampleCode.value()).sample();
    }

    @Override
    public LabSide side() {
        return LabSide.remains;
    }

    /**
     * Attaches a lab file's profiles (GeneMapper ID-X or CODIS CMF; the sample name is the sample
     * code) to their samples through the lab-file door ({@link LabFile}) and stores them under the
     * sample code. STRICT (the default): an unreadable file or a sample code the register does not
     * know and nothing is stored. LENIENT: those are skipped and listed among the warnings. Progress:
     * the phase {@code reading}, then {@code storing} with the samples stored of all.
     */
    @Override
    @Transactional
    @RequiresPermission(Permission.PROFILES_WRITE)
    public LabImport importResults(String fileName, byte[] content, Strictness strictness, JobProgress progress) {
        progress.report(JobProgress.READING, 0, 1);
        LabFile<SampleStore.SampleRow> file = LabFile.read(fileName, content, strictness, labSamples());
        List<String> warnings = new ArrayList<>(file.warnings());
        Instant now = clock.instant();
        List<String> profiled = new ArrayList<>();
        int total = file.accepted().size();
        int done = 0;
        for (LabFile.Accepted<SampleStore.SampleRow> accepted : file.accepted()) {
            progress.item(JobProgress.STORING, done++, total);
            String code = accepted.code();
            List<MarkerAlleles> markers = LabFile.markers(accepted.sample());
            if (markers.isEmpty()) {
                samples.insertResult(accepted.known().id(), SampleStatus.FAILED, 0, null, "no marker typed", file.name(), now,
                        Actor.current().name());
                warnings.add("sample " + code + ": no marker typed; recorded as failed");
                continue;
            }
            genetics.storeRemainsProfile(code, markers);
            samples.insertResult(accepted.known().id(), SampleStatus.PROFILED, markers.size(), accepted.sample().sex().name(), null,
                    file.name(), now, Actor.current().name());
            profiled.add(code);
        }
        progress.item(JobProgress.STORING, total, total);
        events.publishEvent(AuditEvent.of("remains.lab-results-imported", "file:" + file.name()).with("profiles", profiled.size())
                .with("skipped", file.skipped().size()));
        return new LabImport(file.name(), profiled, warnings);
    }

    /**
     * Attaches a lab file's Y-STR or mtDNA haplotypes (GeneMapper Y export, CODIS CMF, simple table;
     * mtDNA over the declared {@code region}) to their samples through the lab-file door, as
     * {@link #importResults} does for autosomal profiles, and stores them under the sample code.
     */
    @Transactional
    @RequiresPermission(Permission.PROFILES_WRITE)
    public LabImport importLineageResults(String fileName, byte[] content, Strictness strictness, Lineage lineage, MtRegion region) {
        LabFile.LineageFile<SampleStore.SampleRow> file = LabFile.readLineage(fileName, content, strictness, lineage, region, labSamples());
        file.accepted().forEach(accepted -> lineageProfiles.storeRemainsProfile(accepted.profile(), file.name()));
        events.publishEvent(AuditEvent.of("remains.lineage-results-imported", "file:" + file.name()).with("lineage", lineage)
                .with("profiles", file.accepted().size()));
        return new LabImport(file.name(), file.codes(), file.warnings());
    }

    /** The register's samples as the lab-file door matches a file's codes. */
    private LabFile.Samples<SampleStore.SampleRow> labSamples() {
        return new LabFile.Samples<>() {
            @Override
            public Map<String, SampleStore.SampleRow> known(Collection<String> codes) {
                Map<String, SampleStore.SampleRow> known = new HashMap<>();
                samples.samplesByCode(List.copyOf(codes)).forEach(row -> known.put(row.sample().code(), row));
                return known;
            }

            @Override
            public String unknown() {
                return "no sample with this code in the register";
            }
        };
    }

    /** The sample under this code, with its results and status. */
    public Sample sample(SampleCode sampleCode) {
        return requireSample(sampleCode.value()).sample();
    }

    public Optional<Sample> findSample(SampleCode sampleCode) {
        return samples.sample(sampleCode.value()).map(SampleStore.SampleRow::sample);
    }

    /** The profile stored under a sample code of remains, with the sex the lab file gave. */
    @Transactional
    @RequiresPermission(Permission.PROFILES_READ)
    public Optional<RemainsProfile> profile(SampleCode sampleCode) {
        return samples.sample(sampleCode.value()).filter(row -> row.sample().status() == SampleStatus.PROFILED)
                .flatMap(row -> genetics.profile(sampleCode.value()).map(profile -> remainsProfile(row.sample(), profile)));
    }

    /** Every remains profile, by sample code (samples whose latest result is a profile), in code order; one audited read. */
    @Transactional
    @RequiresPermission(Permission.PROFILES_READ)
    public List<RemainsProfile> profiles() {
        List<RemainsProfile> profiles = new ArrayList<>();
        for (GeneticProfile profile : genetics.profiles(samples.profiledSampleCodes())) {
            profiles.add(remainsProfile(samples.sample(profile.sampleCode()).orElseThrow().sample(), profile));
        }
        return profiles;
    }

    private static RemainsProfile remainsProfile(Sample sample, GeneticProfile stored) {
        Profile.Builder builder = Profile.builder(sample.code());
        stored.markers().forEach(m -> builder.put(m.marker(), new AllelePair(m.allele1(), m.allele2())));
        return new RemainsProfile(sample.code(), sample.amelogeninSex(), builder.build());
    }

    private SampleStore.SampleRow requireSample(String code) {
        return samples.sample(code).orElseThrow(() -> new NotFoundException("sample", code));
    }
}
