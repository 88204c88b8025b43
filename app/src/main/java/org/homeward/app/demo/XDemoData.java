package org.homeward.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewReferenceSample;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.formats.codis.CmfBuilder;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.frequencies.CsvFrequencyReader;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.formats.frequencies.LocusFrequencies;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.Simulator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * X-STRs in the demo, before its identification run: the SIMULATED Argus X-12 frequency database bundled with
 * {@code formats} (labelled so; never for casework) uploaded and chosen (the bundled European autosomal frequencies
 * stay in use beside it), a family whose only reference is the missing woman's father, typed at the autosomal kit and
 * all twelve X-STRs, and her remains, typed at both with amelogenin X: the run's candidate carries an X-STR LR (a
 * father gives his X whole to his daughter). Genotypes are drawn from seeded simulations. Loaded once.
 */
@Component
@Order(880)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class XDemoData implements DemoDataLoader {

    static final String REMAINS = "DEMO-X-PM-1";
    static final String REFERENCE = "DEMO-X-REF-1";
    private static final String DATABASE = "SIMULATED Argus X-12";

    private final LabFrequencies frequencies;
    private final MissingPersons missingPersons;
    private final Families families;
    private final ReferenceSamples samples;
    private final GeneticData genetics;

    @Override
    public String name() {
        return "X-STR family";
    }

    @Override
    public void insertMissing() {
        if (genetics.profile(REMAINS).isPresent()) {
            return;
        }
        byte[] database = resource();
        frequencies.upload(DATABASE, "SIMULATED-argus-x12-x-str-frequencies-v1.csv", database, true);
        FrequencyTable x = CsvFrequencyReader.parse(TextFile.decode("x.csv", database), Strictness.STRICT).value();
        Simulator simulator = RegistryDemoFamilies.simulator(0.001, 0.002, 20261204);
        SplittableRandom random = new SplittableRandom(20261204);
        Profile father = simulator.unrelated("X-F");
        Profile mother = simulator.unrelated("X-M");
        Map<String, AllelePair> fatherX = new LinkedHashMap<>();
        Map<String, AllelePair> daughterX = new LinkedHashMap<>();
        for (LocusFrequencies locus : x.loci()) {
            String a = draw(locus, random);
            fatherX.put(locus.marker(), new AllelePair(a, a));
            daughterX.put(locus.marker(), new AllelePair(a, draw(locus, random)));
        }
        register(autosomal(father), fatherX);
        List<MarkerAlleles> remains = new ArrayList<>();
        autosomal(child(father, mother, random)).genotypes().forEach((m, p) -> remains.add(new MarkerAlleles(m, p.first(), p.second())));
        daughterX.forEach((m, p) -> remains.add(new MarkerAlleles(m, p.first(), p.second())));
        remains.add(new MarkerAlleles("AMEL", "X", "X"));
        genetics.storeRemainsProfile(REMAINS, remains);
    }

    /** The missing woman and her father, his reference sample with its lab results as a CODIS file. */
    private void register(Profile father, Map<String, AllelePair> fatherX) {
        MissingPersons.Report report = missingPersons.reportMissing(new NewMissingPerson(null, "X-Demo", "Daughter", null, null, Sex.FEMALE,
                null, null, null, null, null, null), null);
        String relative = families.addRelative(report.missingPerson().familyId(), new NewRelative("X-Demo Father", null, Sex.MALE, "father",
                report.missingPerson().id(), true, true, null)).id();
        samples.recordReferenceSample(relative, new NewReferenceSample(REFERENCE, null, ConsentScope.IDENTIFICATION_ONLY, null));
        Map<String, AllelePair> typed = new LinkedHashMap<>(father.genotypes());
        typed.putAll(fatherX);
        byte[] xml = CmfWriter.toXml(CmfBuilder.importFile("DEMO-LAB", "2025-06-18T09:00:00",
                List.of(CmfBuilder.specimen(new Profile(REFERENCE, typed), Sex.MALE, "Reference")))).getBytes(StandardCharsets.UTF_8);
        samples.importResults("demo-x-reference.xml", xml, Strictness.STRICT, JobProgress.NONE);
    }

    /** A child: one allele of each parent at each marker, each chosen at random. */
    private static Profile child(Profile father, Profile mother, SplittableRandom random) {
        Profile.Builder b = Profile.builder("X-D");
        father.genotypes().forEach((m, f) -> {
            AllelePair mo = mother.genotypes().get(m);
            if (mo != null) {
                b.put(m, random.nextBoolean() ? f.first() : f.second(), random.nextBoolean() ? mo.first() : mo.second());
            }
        });
        return b.build();
    }

    /** The profile without amelogenin, which the lab file and the stored profile give on their own terms. */
    private static Profile autosomal(Profile p) {
        Map<String, AllelePair> g = new LinkedHashMap<>(p.genotypes());
        g.keySet().removeIf(m -> m.startsWith("AMEL"));
        return new Profile(p.id(), g);
    }

    private static String draw(LocusFrequencies locus, SplittableRandom random) {
        double total = locus.alleles().values().stream().mapToDouble(Double::doubleValue).sum();
        double u = random.nextDouble() * total;
        String last = null;
        for (Map.Entry<String, Double> e : locus.alleles().entrySet()) {
            last = e.getKey();
            u -= e.getValue();
            if (u < 0) {
                break;
            }
        }
        return last;
    }

    private static byte[] resource() {
        try (InputStream in = FrequencyDatabases.class.getResourceAsStream(FrequencyDatabases.SIMULATED_X_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
