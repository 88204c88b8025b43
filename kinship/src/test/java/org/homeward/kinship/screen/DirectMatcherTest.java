package org.homeward.kinship.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.homeward.kinship.Marker;
import org.homeward.kinship.PairwiseLR;
import org.homeward.kinship.Profile;
import org.homeward.kinship.sim.Simulator;
import org.junit.jupiter.api.Test;

class DirectMatcherTest {

    @Test
    void groupsPartsOfOneBodyAndLeavesOthersAlone() {
        List<Marker> markers = ScreeningTest.randomMarkers(new Random(11), 15);
        Simulator sim = new Simulator(markers, 5);
        Profile personA = sim.unrelated("A");
        Profile personB = sim.unrelated("B");
        List<Profile> remains = new ArrayList<>();
        remains.add(sim.degrade(personA, "bag1-part1", 0.3));
        remains.add(sim.unrelated("X"));
        remains.add(sim.degrade(personA, "bag7-part2", 0.3));
        remains.add(personB);
        remains.add(new Profile("bag9-femur", personA.genotypes()));
        remains.add(new Profile("B-again", personB.genotypes()));
        for (int i = 0; i < 50; i++) {
            remains.add(sim.unrelated("U" + i));
        }
        DirectMatcher.Result result = DirectMatcher.match(markers, remains, new DirectMatcher.Options(1e6, 8, 0, 0, 2));
        assertThat(result.groups()).extracting(DirectMatcher.Group::remains).containsExactly(
                List.of("bag1-part1", "bag7-part2", "bag9-femur"), List.of("B", "B-again"));
        assertThat(result.pairsCompared()).isEqualTo(56L * 55 / 2);
        DirectMatcher.Match full = result.matches().stream()
                .filter(m -> m.first().equals("B") && m.second().equals("B-again")).findFirst().orElseThrow();
        assertThat(full.markersCompared()).isEqualTo(15);
        assertThat(full.log10Lr()).isCloseTo(PairwiseLR.directMatch(personB, personB, markers, 0).log10Lr(), within(1e-9));
    }
}
