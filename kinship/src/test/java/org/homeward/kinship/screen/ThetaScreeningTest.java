package org.homeward.kinship.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homeward.kinship.Chromosome;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Profile;
import org.homeward.kinship.sim.ReferenceConfiguration;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;
import org.junit.jupiter.api.Test;

/** Screening with θ: the families' tables give the extended model's LR with θ for every pair, the kernel unchanged. */
class ThetaScreeningTest {

    static final double THETA = 0.03;

    @Test
    void everyPairHasTheExtendedModelsLrWithTheta() {
        int checked = 0;
        ScreeningTest.Data d = simulate(1);
        Screening screening = ScreeningTest.builder(d).minLr(0).topK(1000).theta(THETA).build();
        List<Screening.Refusal> refused = screening.load(ScreeningTest.families(d), ScreeningTest.remains(d.remains()));
        ScreeningResult result = screening.run();
        ScreeningResult clean = ScreeningTest.full(ScreeningTest.builder(d).minLr(0).topK(1000).build(), d);
        List<InheritanceUnit> units = d.markers().stream().map(m -> InheritanceUnit.of(m, Chromosome.AUTOSOMAL)).toList();
        assertThat(refused).isEmpty();
        assertThat(result.candidates()).hasSize(3 * 4);
        for (Candidate c : result.candidates()) {
            SimulatedFamily f = d.families().get(Integer.parseInt(c.familyId().substring(1)));
            Profile r = d.remains().get(Integer.parseInt(c.remainsId().substring(1)));
            Map<String, Map<String, Observation>> refs = new LinkedHashMap<>();
            f.references().forEach((id, p) -> refs.put(id, DropoutScreeningTest.observations(p)));
            double exact = Hypothesis.of(f.pedigree())
                    .missingPersonLr(f.missingPerson(), units, refs, DropoutScreeningTest.observations(r), THETA).log10Lr();
            assertThat(c.log10Lr()).as(c.toString()).isCloseTo(exact, within(1e-9 * Math.max(1, Math.abs(exact))));
            Candidate cleanPair = clean.candidates().stream()
                    .filter(x -> x.remainsId().equals(c.remainsId()) && x.familyId().equals(c.familyId())).findFirst().orElseThrow();
            if (Double.isFinite(exact)) {
                assertThat(c.log10Lr()).as("θ changes the LR of " + c).isNotCloseTo(cleanPair.log10Lr(), within(1e-9));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(12);
    }

    /**
     * Three families whose founders are typed or few (θ's urn is then small) and four remains, two
     * of them the families' missing persons.
     */
    static ScreeningTest.Data simulate(long seed) {
        List<Marker> markers = ScreeningTest.randomMarkers(new Random(seed), 10);
        Simulator sim = new Simulator(markers, seed);
        List<SimulatedFamily> families = List.of(sim.family("F0", ReferenceConfiguration.BOTH_PARENTS),
                sim.family("F1", ReferenceConfiguration.ONE_PARENT), sim.family("F2", ReferenceConfiguration.CHILD_AND_OTHER_PARENT));
        List<Profile> remains = List.of(new Profile("R0", families.get(0).truth().genotypes()), sim.unrelated("R1"),
                new Profile("R2", families.get(1).truth().genotypes()), sim.unrelated("R3"));
        return new ScreeningTest.Data(markers, families, remains);
    }

    @Test
    void thetaOutsideItsRangeIsRefusedAndThetaEntersTheModelKey() {
        ScreeningTest.Data d = ScreeningTest.simulate(1, 1, 1);
        assertThatThrownBy(() -> ScreeningTest.builder(d).theta(1).build())
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("θ must be in [0, 1)");
        assertThat(ScreeningTest.builder(d).theta(0.01).build().modelKey())
                .isNotEqualTo(ScreeningTest.builder(d).build().modelKey());
    }
}
