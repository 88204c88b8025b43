package org.homeward.kinship.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.kinship.Chromosome;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.SimulatedFamily;
import org.junit.jupiter.api.Test;

/** Screening remains of a dropout quality class: the class tables give the exact engine's LRs with dropout. */
class DropoutScreeningTest {

    static final DropoutModel POOR = DropoutModel.of(0.3, 0.05);

    static Map<String, Observation> observations(Profile p) {
        Map<String, Observation> out = new LinkedHashMap<>();
        p.genotypes().forEach((marker, pair) -> out.put(marker, Observation.pair(pair)));
        return out;
    }

    @Test
    void classTablesGiveTheExactLrWithDropoutForEveryPair() {
        for (long seed = 1; seed <= 3; seed++) {
            ScreeningTest.Data d = ScreeningTest.simulate(seed, 7, 12);
            Screening screening = ScreeningTest.builder(d).minLr(0).topK(1000).dropout(POOR).build();
            ScreeningResult result = ScreeningTest.full(screening, d);
            ScreeningResult clean = ScreeningTest.full(ScreeningTest.builder(d).minLr(0).topK(1000).build(), d);
            List<InheritanceUnit> units = d.markers().stream().map(m -> InheritanceUnit.of(m, Chromosome.AUTOSOMAL)).toList();
            assertThat(result.candidates()).hasSize(7 * 12);
            int differ = 0;
            for (Candidate c : result.candidates()) {
                SimulatedFamily f = d.families().get(Integer.parseInt(c.familyId().substring(1)));
                Profile r = d.remains().get(Integer.parseInt(c.remainsId().substring(1)));
                Map<String, Map<String, Observation>> refs = new LinkedHashMap<>();
                f.references().forEach((id, p) -> refs.put(id, observations(p)));
                double exact = Hypothesis.of(f.pedigree())
                        .missingPersonLr(f.missingPerson(), units, refs, observations(r), 0, Map.of(), POOR).log10Lr();
                assertThat(c.log10Lr()).as(c.toString()).isCloseTo(exact, within(1e-9 * Math.max(1, Math.abs(exact))));
                Candidate cleanPair = clean.candidates().stream()
                        .filter(x -> x.remainsId().equals(c.remainsId()) && x.familyId().equals(c.familyId())).findFirst().orElseThrow();
                if (Math.abs(cleanPair.log10Lr() - c.log10Lr()) > 1e-6) {
                    differ++;
                }
            }
            assertThat(differ).as("the dropout class changes the LRs").isPositive();
        }
    }

    /**
     * One marker by hand: a father typed a/b, the mother untyped, remains showing a alone, no drop-in.
     * P(shows a | a/a) = 1 − d₂ and P(shows a | a/x) = (1 − d)·d; the child of the father is a/a with
     * probability ½p_a, a/b with ½(p_a + p_b), a/c with ½p_c. LR = Σ_G P(a | G)·P(G | father) / Σ_G P(a | G)·f(G).
     */
    @Test
    void aSingleMarkerByHand() {
        double pa = 0.2;
        double pb = 0.3;
        double pc = 0.5;
        Marker m = Marker.builder("L").allele("a", pa).allele("b", pb).allele("c", pc).build();
        DropoutModel model = new DropoutModel(0.4, 0.1, 0);
        double d = 0.4;
        double d2 = 0.1;
        double childAA = 0.5 * pa;
        double childAB = 0.5 * pb + 0.5 * pa;
        double childAC = 0.5 * pc;
        double numerator = childAA * (1 - d2) + (childAB + childAC) * (1 - d) * d;
        double denominator = pa * pa * (1 - d2) + (2 * pa * pb + 2 * pa * pc) * (1 - d) * d;
        Pedigree trio = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE).child("MP", Sex.MALE, "F", "M").build();
        Screening screening = Screening.newBuilder().frequencies(List.of(m)).threads(1).minLr(0).dropout(model).build();
        screening.load(List.of(new Screening.Family("F1", trio, List.of("MP"), Map.of("F", Profile.builder("F").put("L", "a", "b").build()))),
                List.of(Screening.Remains.of(Profile.builder("R1").put("L", "a", "a").build())));
        assertThat(screening.run().candidates().get(0).lr()).isCloseTo(numerator / denominator, within(1e-12));
    }
}
