package org.homeward.app.identification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.app.demo.RegistryDemoFamilies;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.kinship.Profile;
import org.homeward.kinship.sim.Simulator;

/**
 * Seeded families registered in the registry (see {@link RegistryDemoFamilies}): single-missing
 * families of every configuration and one family with two missing siblings; the remains of every
 * missing person (mildly degraded) and unrelated remains, stored through {@link GeneticData}.
 */
public final class SimulatedCases {

    /** Remains sample code → the missing person id it truly is (absent for unrelated remains). */
    final Map<String, String> truth = new LinkedHashMap<>();
    /** The remains of the two missing siblings, whom pairwise LRs cannot tell apart. */
    final List<String> siblingRemains = new ArrayList<>();
    final List<Profile> remains = new ArrayList<>();
    final Simulator simulator;

    public SimulatedCases(long seed) {
        simulator = RegistryDemoFamilies.simulator(0.001, 0.002, seed);
    }

    public SimulatedCases register(MissingPersons missingPersons, Families families, ReferenceSamples samples, GeneticData genetics,
                                   String prefix, int singles, int unrelated) {
        List<RegistryDemoFamilies.Truth> truths = RegistryDemoFamilies.register(missingPersons, families, samples, simulator, prefix, singles);
        for (int i = 0; i < truths.size(); i++) {
            String sample = prefix + "-BONE-" + (i + 1);
            remains.add(simulator.degrade(new Profile(sample, truths.get(i).profile().genotypes()), sample, 0.2));
            truth.put(sample, truths.get(i).missingPersonId());
            if (i >= truths.size() - 2) {
                siblingRemains.add(sample);
            }
        }
        for (int i = 1; i <= unrelated; i++) {
            remains.add(simulator.unrelated(prefix + "-U-" + i));
        }
        remains.forEach(profile -> genetics.storeRemainsProfile(profile.id(), alleles(profile)));
        return this;
    }

    static List<MarkerAlleles> alleles(Profile profile) {
        List<MarkerAlleles> out = new ArrayList<>();
        profile.genotypes().forEach((marker, pair) -> out.add(new MarkerAlleles(marker, pair.first(), pair.second())));
        return out;
    }
}
