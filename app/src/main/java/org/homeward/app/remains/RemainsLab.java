package org.homeward.app.remains;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.security.GeneticData;
import org.homeward.app.security.GeneticProfile;
import org.homeward.app.security.MarkerAlleles;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.formats.Remains;
import org.homeward.formats.RemainsSample;
import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.Problem;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.UserException;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DNA samples of remains and their lab results: what the lab works with. A sample gets a code of
 * its own (printed on its label, {@code DNA-2025-000123} by default) and a chain of custody; results
 * come back from GeneMapper or CODIS CMF files by sample code, and the profiles are stored under
 * the sample code only, apart from anything that names a person (security's {@link GeneticData}).
 * A failed sample is taken again ({@link #resample}), keeping the link to the one it redoes.
 *
 * <p>For identification: {@link #profiles()} lists every remains profile by sample code;
 * {@link #sample(String)} says which body number a sample code belongs to.
 */
@Service
@Transactional(readOnly = true)
public class RemainsLab {

    private final RemainsRepository repository;
    private final CustodyLog custody;
    private final GeneticData genetics;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final NumberScheme sampleCodes;

    RemainsLab(RemainsRepository repository, CustodyLog custody, GeneticData genetics, AuditLog audit, Clock clock,
               RemainsProperties properties, @Value("${homeward.display-time-zone}") ZoneId zone) {
        this.repository = repository;
        this.custody = custody;
        this.genetics = genetics;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.sampleCodes = NumberScheme.parse(properties.sampleCodeScheme());
    }

    /**
     * Records a sample taken from the remains under a new sample code, with a SAMPLING custody event
     * on the remains and the first event of the sample's own chain.
     */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public Sample takeSample(BodyNumber bodyNumber, NewSample request) {
        RemainsRepository.Row remains = repository.remains(bodyNumber.value())
                .orElseThrow(() -> new RemainsNotFoundException("remains", bodyNumber.value()));
        return take(remains, request, null);
    }

    /** Takes a new sample in place of a failed one (from the same remains). */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public Sample resample(SampleCode failedCode, NewSample request) {
        RemainsRepository.SampleRow failed = requireSample(failedCode.value());
        if (failed.sample().status() != SampleStatus.FAILED) {
            throw new RemainsInputException("sampleCode", "sample " + failedCode + " has not failed ("
                    + failed.sample().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
        }
        RemainsRepository.Row remains = repository.remains(failed.sample().bodyNumber()).orElseThrow();
        return take(remains, request, failed);
    }

    private Sample take(RemainsRepository.Row remains, NewSample request, RemainsRepository.SampleRow redoes) {
        Instant now = clock.instant();
        Instant takenAt = request.takenAt() != null ? request.takenAt() : now;
        if (takenAt.isAfter(now.plus(CustodyLog.FUTURE_TOLERANCE))) {
            throw new RemainsInputException("takenAt", "the sampling time lies in the future");
        }
        LocalDate day = LocalDate.ofInstant(takenAt, zone);
        String code = sampleCodes.format(day, repository.takeNumbers(sampleCodes.scope(day), 1));
        repository.insertSample(code, remains.id(), request, takenAt, redoes == null ? null : redoes.id(), now, Actor.current());
        String what = request.material().name().toLowerCase(java.util.Locale.ROOT)
                + (request.element() == null ? "" : " (" + request.element() + ")");
        Custodian taker = new Custodian(request.takenBy(), null, "sampler");
        custody.append(CustodyItem.remains(remains.bodyNumber()), new NewCustodyEvent(CustodyEventType.SAMPLING, takenAt, null, null,
                null, null, taker, List.of(), List.of(), List.of(), null, "sample " + code + " taken: " + what
                + (redoes == null ? "" : ", redoing failed sample " + redoes.sample().code())));
        custody.append(CustodyItem.sample(code), new NewCustodyEvent(CustodyEventType.SAMPLING, takenAt, null, null, null, null, taker,
                List.of(), List.of(), List.of(), null, "taken from " + remains.bodyNumber() + ": " + what));
        audit.record(AuditEvent.of("remains.sample-taken", "sample:" + code).with("remains", remains.bodyNumber())
                .with("resamples", redoes == null ? null : redoes.sample().code()));
        return requireSample(code).sample();
    }

    /** The lab obtained no usable profile from the sample: it joins the queue of samples to take again. */
    @Transactional
    @RequiresPermission(Permission.PROFILES_WRITE)
    public Sample recordFailure(SampleCode sampleCode, String reason) {
        RemainsRepository.SampleRow sample = requireSample(sampleCode.value());
        String cleaned = RemainsText.clean(reason);
        if (cleaned == null) {
            throw new RemainsInputException("reason", "say why the sample failed (for instance: no DNA recovered, inhibition)");
        }
        if (cleaned.length() > 2000) {
            throw new RemainsInputException("reason", "at most 2000 characters");
        }
        repository.insertResult(sample.id(), SampleStatus.FAILED, null, null, cleaned, null, clock.instant(), Actor.current());
        audit.record(AuditEvent.of("remains.sample-failed", "sample:" + sampleCode).with("reason", cleaned));
        return requireSample(sampleCode.value()).sample();
    }

    /**
     * Attaches a lab file's profiles (GeneMapper ID-X or CODIS CMF; the sample name is the sample
     * code) to their samples and stores them under the sample code. STRICT (the default): an
     * unreadable file or a sample code the register does not know and nothing is stored. LENIENT:
     * those are skipped and listed among the warnings.
     */
    @Transactional
    @RequiresPermission(Permission.PROFILES_WRITE)
    public LabImport importResults(String fileName, byte[] content, Strictness strictness) {
        String name = fileName == null || fileName.isBlank() ? "results" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        ReadResult<List<RemainsSample>> read;
        Path temporary = null;
        try {
            temporary = Files.createTempFile("homeward-lab-", ".tmp");
            Files.write(temporary, content);
            read = Remains.load(temporary, strictness);
        } catch (FormatException rejected) {
            throw new ImportRejectedException(rejected.problems().stream().filter(Problem::isError).map(RemainsLab::problem).toList());
        } catch (UserException rejected) {
            throw new ImportRejectedException(List.of(new RowProblem(0, "", rejected.getMessage().replace(String.valueOf(temporary), name))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the system
                }
            }
        }
        List<String> warnings = new ArrayList<>(read.problems().stream().map(p -> problem(p).toString()).toList());
        List<RowProblem> errors = new ArrayList<>();
        Map<String, RemainsRepository.SampleRow> known = new HashMap<>();
        repository.samplesByCode(read.value().stream().map(s -> s.profile().id()).distinct().toList())
                .forEach(row -> known.put(row.sample().code(), row));
        Set<String> seen = new HashSet<>();
        List<RemainsSample> accepted = new ArrayList<>();
        for (RemainsSample sample : read.value()) {
            String code = sample.profile().id();
            if (!known.containsKey(code)) {
                errors.add(new RowProblem(0, "sample " + code, "no sample with this code in the register"));
            } else if (!seen.add(code)) {
                errors.add(new RowProblem(0, "sample " + code, "the file holds this sample twice"));
            } else {
                accepted.add(sample);
            }
        }
        if (!errors.isEmpty() && strictness != Strictness.LENIENT) {
            throw new ImportRejectedException(errors);
        }
        errors.forEach(error -> warnings.add("skipped: " + error));
        Instant now = clock.instant();
        List<String> profiled = new ArrayList<>();
        for (RemainsSample sample : accepted) {
            String code = sample.profile().id();
            RemainsRepository.SampleRow row = known.get(code);
            List<MarkerAlleles> markers = sample.profile().genotypes().entrySet().stream()
                    .map(e -> new MarkerAlleles(e.getKey(), e.getValue().first(), e.getValue().second())).toList();
            if (markers.isEmpty()) {
                repository.insertResult(row.id(), SampleStatus.FAILED, 0, null, "no marker typed", name, now, Actor.current());
                warnings.add("sample " + code + ": no marker typed; recorded as failed");
                continue;
            }
            genetics.storeRemainsProfile(code, markers);
            repository.insertResult(row.id(), SampleStatus.PROFILED, markers.size(), sample.sex().name(), null, name, now, Actor.current());
            profiled.add(code);
        }
        audit.record(AuditEvent.of("remains.lab-results-imported", "file:" + name).with("profiles", profiled.size())
                .with("skipped", errors.size()));
        return new LabImport(name, profiled, warnings);
    }

    private static RowProblem problem(Problem p) {
        return new RowProblem(p.line(), p.field(), p.message());
    }

    /** The sample under this code, with its results and status. */
    public Sample sample(SampleCode sampleCode) {
        return requireSample(sampleCode.value()).sample();
    }

    public Optional<Sample> findSample(SampleCode sampleCode) {
        return repository.sample(sampleCode.value()).map(RemainsRepository.SampleRow::sample);
    }

    /** The profile stored under a sample code of remains, with the sex the lab file gave. */
    @RequiresPermission(Permission.PROFILES_READ)
    public Optional<RemainsProfile> profile(SampleCode sampleCode) {
        return repository.sample(sampleCode.value()).filter(row -> row.sample().status() == SampleStatus.PROFILED)
                .flatMap(row -> genetics.profile(sampleCode.value()).map(profile -> remainsProfile(row.sample(), profile)));
    }

    /** Every remains profile, by sample code (samples whose latest result is a profile), in code order. */
    @RequiresPermission(Permission.PROFILES_READ)
    public List<RemainsProfile> profiles() {
        List<RemainsProfile> profiles = new ArrayList<>();
        for (String code : repository.profiledSampleCodes()) {
            RemainsRepository.SampleRow row = repository.sample(code).orElseThrow();
            genetics.profile(code).ifPresent(profile -> profiles.add(remainsProfile(row.sample(), profile)));
        }
        return profiles;
    }

    private static RemainsProfile remainsProfile(Sample sample, GeneticProfile stored) {
        Profile.Builder builder = Profile.builder(sample.code());
        stored.markers().forEach(m -> builder.put(m.marker(), new AllelePair(m.allele1(), m.allele2())));
        String sex = sample.results().isEmpty() ? null : sample.results().get(0).dnaSex();
        return new RemainsProfile(sample.code(), sex == null ? Sex.UNKNOWN : Sex.valueOf(sex), builder.build());
    }

    private RemainsRepository.SampleRow requireSample(String code) {
        return repository.sample(code).orElseThrow(() -> new RemainsNotFoundException("sample", code));
    }
}
