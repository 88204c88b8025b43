package org.homeward.formats.familias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.formats.SampleFiles;
import org.homeward.formats.common.Strictness;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Likelihoods;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

/** dvi-example.fam read by the rules of EXPECTED.md, and its hand-checkable pairwise LR matrix. */
class DviExampleTest {

    private static DviCase read() {
        Path path = SampleFiles.shared("formats/familias/dvi-example.fam");
        return FamiliasKinship.dviCase(FamiliasReader.read(path).value(), path.toString(), Strictness.STRICT).value();
    }

    @Test
    void readsThreeVictimsOneFamilyThreeMissingMales() {
        DviCase c = read();
        assertThat(c.victims()).extracting(v -> v.profile().id()).containsExactly("V1", "V2", "V3");
        assertThat(c.victims()).allMatch(v -> v.sex() == Sex.MALE);
        assertThat(c.families()).hasSize(1);
        DviCase.Family f = c.families().get(0);
        assertThat(f.missingPersons()).containsExactlyInAnyOrder("Missing male 2", "Missing male 3", "Missing person");
        assertThat(f.references()).containsOnlyKeys("R");
        Pedigree p = f.pedigree();
        assertThat(p.ids()).doesNotContain("Missing male 1").hasSize(5);
        for (String m : f.missingPersons()) {
            assertThat(p.sex(p.indexOf(m))).isEqualTo(Sex.MALE);
        }
        int mm3 = p.indexOf("Missing male 3");
        assertThat(p.id(p.father(mm3))).isEqualTo("Missing male 2");
        assertThat(p.id(p.mother(mm3))).isEqualTo("added_1");
        assertThat(c.markers()).extracting(Marker::name).containsExactly("L1");
        assertThat(c.markers().get(0).hasNoMutation()).isTrue();
    }

    @Test
    void pairwiseLrsMatchTheHandCheckedMatrix() {
        DviCase c = read();
        DviCase.Family f = c.families().get(0);
        double[][] expected = {{20, 10.5, 1}, {0, 0.5, 1}, {10, 5.5, 1}};
        List<String> missing = List.of("Missing male 2", "Missing male 3", "Missing person");
        for (int v = 0; v < 3; v++) {
            Profile victim = c.victims().get(v).profile();
            for (int m = 0; m < 3; m++) {
                assertThat(pairwiseLr(f, c.markers(), victim, missing.get(m)))
                        .as("V%d vs %s", v + 1, missing.get(m))
                        .isCloseTo(expected[v][m], within(1e-9 * Math.max(1, expected[v][m])));
            }
        }
    }

    /** L(refs + V as M) / (L(refs) · HW(V)). */
    static double pairwiseLr(DviCase.Family f, List<Marker> markers, Profile victim, String missing) {
        Map<String, Profile> withVictim = new HashMap<>(f.references());
        withVictim.put(missing, new Profile(missing, victim.genotypes()));
        double logJoint = Likelihoods.logLikelihood(f.pedigree(), markers, withVictim);
        double logRefs = Likelihoods.logLikelihood(f.pedigree(), markers, f.references());
        double logHw = 0;
        for (Marker m : markers) {
            AllelePair g = victim.genotype(m.name());
            logHw += Math.log(m.genotypeFrequency(m.genotypeIndex(g.first(), g.second())));
        }
        return Math.exp(logJoint - logRefs - logHw);
    }
}
