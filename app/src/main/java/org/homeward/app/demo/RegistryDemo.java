package org.homeward.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.app.registry.KeyedFamilies;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Profile;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The simulated truth behind the registry's demonstration families, for other features' demo data
 * (remains that match some of the missing persons): each demo missing person's true profile, as the
 * simulator drew it before any degradation. The same seeded simulation as {@code RegistryDemoData},
 * so it holds whether or not the demo is loaded; {@link #truthProfiles()} gives the registry's id
 * of each person once the demo is loaded.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegistryDemo {

    /** Demo families: {@value}. */
    public static final int FAMILIES = 1000;
    static final long SEED = 20251121L;
    /** The 21 markers of the demo profiles (GlobalFiler's, the first of the common kit). */
    public static final List<String> KIT = FrequencyDatabases.COMMON_KIT.subList(0, FrequencyDatabases.GLOBALFILER_AUTOSOMAL);

    /** A demo missing person's true profile. {@code missingPersonId} is null until the demo is loaded. */
    public record DemoTruth(String demoKey, String missingPersonId, Profile profile) {
    }

    private final KeyedFamilies families;

    /** Every demo missing person's true profile (profile id {@code <demo key>-MP}), in demo order. */
    public List<DemoTruth> truthProfiles() {
        Map<String, String> ids = families.missingPersonsByKey();
        List<DemoTruth> truths = new ArrayList<>();
        for (SimulatedFamily family : simulate()) {
            truths.add(new DemoTruth(family.id(), ids.get(family.id()), family.truth()));
        }
        return truths;
    }

    static List<Marker> markers() {
        List<Marker> all = FrequencyDatabases.europeanDefault().toMarkers(MutationModel.stepwise(0.001, 0.1, 1e-6),
                MutationModel.stepwise(0.003, 0.1, 1e-6));
        List<Marker> chosen = new ArrayList<>();
        for (String name : KIT) {
            all.stream().filter(m -> m.name().equals(name)).findFirst().ifPresent(chosen::add);
        }
        return chosen;
    }

    static List<SimulatedFamily> simulate() {
        Simulator simulator = new Simulator(markers(), SEED);
        List<SimulatedFamily> families = new ArrayList<>(FAMILIES);
        for (int i = 1; i <= FAMILIES; i++) {
            families.add(simulator.family(demoKey(i)));
        }
        return families;
    }

    static String demoKey(int i) {
        return String.format("demo-%04d", i);
    }
}
