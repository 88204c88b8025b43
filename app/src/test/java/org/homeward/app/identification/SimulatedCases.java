package org.homeward.app.identification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.app.security.Consent;
import org.homeward.app.security.GeneticData;
import org.homeward.app.security.MarkerAlleles;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Profile;
import org.homeward.kinship.sim.ReferenceConfiguration;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;

/**
 * Seeded families and remains for identification tests, stored through {@link GeneticData} and
 * offered by a {@link ReferenceFamilySource}: single-missing families of every configuration, and
 * one family with two missing siblings (the simulated TWO_SIBLINGS family with S2 declared missing).
 */
final class SimulatedCases implements ReferenceFamilySource {

    static final List<String> MARKERS = List.of("D3S1358", "vWA", "D16S539", "CSF1PO", "TPOX", "D8S1179", "D21S11", "D18S51",
            "D2S441", "D19S433", "TH01", "FGA", "D22S1045", "D5S818", "D13S317", "D7S820", "D10S1248", "D1S1656", "D12S391",
            "D2S1338", "SE33");

    final List<Family> families = new ArrayList<>();
    /** Remains sample code → the missing person id it truly is (absent for unrelated remains). */
    final Map<String, String> truth = new LinkedHashMap<>();
    final List<Profile> remains = new ArrayList<>();
    final Map<String, Profile> references = new LinkedHashMap<>();
    private final Simulator simulator;

    SimulatedCases(long seed) {
        List<Marker> markers = FrequencyDatabases.europeanDefault().toMarkers(MutationModel.stepwise(0.001, 0.5, 1e-6),
                MutationModel.stepwise(0.002, 0.5, 1e-6)).stream().filter(m -> MARKERS.contains(m.name())).toList();
        simulator = new Simulator(markers, seed);
    }

    /** {@code singles} one-missing families, one two-missing family, and {@code unrelated} unrelated remains. */
    SimulatedCases generate(String prefix, int singles, int unrelated) {
        ReferenceConfiguration[] configurations = {ReferenceConfiguration.BOTH_PARENTS, ReferenceConfiguration.ONE_PARENT,
                ReferenceConfiguration.TWO_SIBLINGS, ReferenceConfiguration.CHILD_AND_OTHER_PARENT, ReferenceConfiguration.GRANDPARENTS};
        for (int i = 1; i <= singles; i++) {
            String id = prefix + "F" + i;
            SimulatedFamily f = simulator.family(id, configurations[(i - 1) % configurations.length]);
            Map<String, String> codes = new LinkedHashMap<>();
            f.references().forEach((person, profile) -> {
                String code = id + "-R-" + person;
                codes.put(person, code);
                references.put(code, relabel(profile, code));
            });
            families.add(new Family(id, f.pedigree(), List.of(new MissingPerson(id + "-MP", "MP")), codes));
            String sample = id + "-BONE";
            remains.add(simulator.degrade(relabel(f.truth(), sample), sample, 0.2));
            truth.put(sample, id + "-MP");
        }
        String id = prefix + "FX";
        SimulatedFamily siblings = simulator.family(id, ReferenceConfiguration.TWO_SIBLINGS);
        String s1 = id + "-R-S1";
        references.put(s1, relabel(siblings.references().get("S1"), s1));
        families.add(new Family(id, siblings.pedigree(), List.of(new MissingPerson(id + "-MP1", "MP"), new MissingPerson(id + "-MP2", "S2")),
                Map.of("S1", s1)));
        remains.add(relabel(siblings.truth(), id + "-BONE1"));
        truth.put(id + "-BONE1", id + "-MP1");
        remains.add(relabel(siblings.references().get("S2"), id + "-BONE2"));
        truth.put(id + "-BONE2", id + "-MP2");
        for (int i = 1; i <= unrelated; i++) {
            remains.add(simulator.unrelated(prefix + "U" + i));
        }
        return this;
    }

    void store(GeneticData genetics) {
        references.forEach((code, profile) -> genetics.storeReferenceProfile(code, alleles(profile), Consent.identificationOnly()));
        remains.forEach(profile -> genetics.storeRemainsProfile(profile.id(), alleles(profile)));
    }

    Profile unrelated(String code) {
        return simulator.unrelated(code);
    }

    static List<MarkerAlleles> alleles(Profile profile) {
        List<MarkerAlleles> out = new ArrayList<>();
        profile.genotypes().forEach((marker, pair) -> out.add(new MarkerAlleles(marker, pair.first(), pair.second())));
        return out;
    }

    private static Profile relabel(Profile profile, String id) {
        return new Profile(id, profile.genotypes());
    }

    @Override
    public List<Family> referenceFamiliesForMatching() {
        return List.copyOf(families);
    }
}
