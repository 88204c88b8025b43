package org.homeward.kinship.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.ReferenceConfiguration;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;
import org.junit.jupiter.api.Test;

/** The symmetric case of two brothers DNA cannot tell apart, and seeded simulations where the truth is known. */
class SymmetricAndSimulatedTest {

    /**
     * Six markers, alleles a–d at 0.1 and e at 0.6. Parents F = a/b and M = c/d everywhere; the
     * missing brothers B1 = a/c and B2 = b/d. Each brother's genotype has probability 1/4 given the
     * parents and HW 0.02, so a victim's LR is 12.5 per marker for either brother, 12.5^6 ≈ 3.8e6 in
     * all: a tie that no pairwise rule can break.
     */
    @Test
    void twoBrothersWithOnlyTheirParentsTypedAreASymmetricMatch() {
        List<Marker> markers = new ArrayList<>();
        Profile.Builder f = Profile.builder("F");
        Profile.Builder m = Profile.builder("M");
        Profile.Builder v1 = Profile.builder("V1");
        Profile.Builder v2 = Profile.builder("V2");
        for (int k = 0; k < 6; k++) {
            String name = "L" + k;
            markers.add(Marker.builder(name).allele("a", 0.1).allele("b", 0.1).allele("c", 0.1).allele("d", 0.1).allele("e", 0.6).build());
            f.put(name, "a", "b");
            m.put(name, "c", "d");
            v1.put(name, "a", "c");
            v2.put(name, "b", "d");
        }
        Pedigree ped = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE)
                .child("B1", Sex.MALE, "F", "M").child("B2", Sex.MALE, "F", "M").build();
        DviProblem p = DviProblem.of(markers,
                List.of(new DviProblem.Victim(v1.build(), Sex.MALE), new DviProblem.Victim(v2.build(), Sex.MALE)),
                List.of(new DviProblem.Family("Brothers", ped, List.of("B1", "B2"), Map.of("F", f.build(), "M", m.build()))));
        DviResult r = DviAnalysis.run(p, DviOptions.defaults());

        assertThat(r.pairwise().lr("V1", "B1").orElseThrow().lr()).isCloseTo(Math.pow(12.5, 6), within(1e-3));
        assertThat(r.pairwise().lr("V1", "B2").orElseThrow().lr()).isCloseTo(Math.pow(12.5, 6), within(1e-3));
        for (String b : List.of("B1", "B2")) {
            AmConclusion c = r.forMissing(b);
            assertThat(c.conclusion()).isEqualTo(Conclusion.SYMMETRIC_MATCH);
            assertThat(c.sample()).hasValue("V1/V2");
            assertThat(c.comment()).isEqualTo("Full siblings: {B1, B2} = {V1, V2}, either way round");
            // Both ways round against the best assignment that does not give V1 and V2 to B1 and B2.
            assertThat(c.log10Glr().orElseThrow()).isCloseTo(6 * Math.log10(12.5), within(1e-9));
        }
        PmConclusion pv2 = r.forVictim("V2");
        assertThat(pv2.conclusion()).isEqualTo(Conclusion.SYMMETRIC_MATCH);
        assertThat(pv2.missing()).hasValue("B1/B2");
        assertThat(pv2.comment()).isEqualTo("Full siblings: {V1, V2} = {B1, B2}, either way round");

        JointTable t = r.jointTables().get(0);
        assertThat(t.row(0).logLikelihood()).isEqualTo(t.row(1).logLikelihood());
        assertThat(t.pairingPosterior("V1", "B1")).isCloseTo(0.5, within(1e-6));
        assertThat(t.log10Glr("V1", "B1").orElseThrow()).isCloseTo(0, within(1e-12));
        assertThat(DviReport.amTable(r.am())).contains("| Brothers | B1 | V1/V2 | – | 3.8147e+06 | Symmetric match |");
    }

    /** Random frequencies, 15 markers, half with a mutation model. */
    static List<Marker> markers(long seed) {
        Random rnd = new Random(seed);
        List<Marker> out = new ArrayList<>();
        for (int k = 0; k < 15; k++) {
            int n = 6 + rnd.nextInt(6);
            double[] w = new double[n];
            double s = 0;
            for (int i = 0; i < n; i++) {
                w[i] = 0.05 + rnd.nextDouble();
                s += w[i];
            }
            Marker.Builder b = Marker.builder("S" + k);
            for (int i = 0; i < n; i++) {
                b.allele(String.valueOf(10 + i), w[i] / s);
            }
            out.add(b.mutation(k % 2 == 0 ? MutationModel.NONE : MutationModel.proportional(0.002)).build());
        }
        return out;
    }

    /**
     * Eight families of one missing person each (simulated with both parents or two siblings typed),
     * the true remains of six of them and four unrelated remains. Every match the analysis makes must
     * be a true one, the six true remains found, and the unrelated ones matched to nobody.
     */
    @Test
    void simulatedFamiliesAreSolvedWithoutAFalseMatch() {
        for (long seed = 1; seed <= 3; seed++) {
            List<Marker> markers = markers(seed);
            Simulator sim = new Simulator(markers, seed);
            List<DviProblem.Family> families = new ArrayList<>();
            List<DviProblem.Victim> victims = new ArrayList<>();
            Map<String, String> truth = new HashMap<>();
            for (int i = 0; i < 8; i++) {
                SimulatedFamily s = sim.family("F" + i, i % 2 == 0 ? ReferenceConfiguration.BOTH_PARENTS : ReferenceConfiguration.TWO_SIBLINGS);
                String prefix = "F" + i + ":";
                Map<String, Profile> refs = new LinkedHashMap<>();
                s.references().forEach((id, prof) -> refs.put(prefix + id, prof));
                String missing = prefix + s.missingPerson();
                families.add(new DviProblem.Family("F" + i, s.pedigree().relabel(id -> prefix + id), List.of(missing), refs));
                if (i < 6) {
                    Sex sex = s.pedigree().sex(s.pedigree().indexOf(s.missingPerson()));
                    victims.add(new DviProblem.Victim(new Profile("T" + i, s.truth().genotypes()), sex));
                    truth.put("T" + i, missing);
                }
            }
            for (int u = 0; u < 4; u++) {
                victims.add(new DviProblem.Victim(sim.unrelated("U" + u), Sex.UNKNOWN));
            }
            DviResult r = DviAnalysis.run(DviProblem.of(markers, victims, families), DviOptions.defaults());
            for (PmConclusion c : r.pm()) {
                if (c.missing().isPresent()) {
                    assertThat(c.missing()).as("seed %d, %s", seed, c).hasValue(truth.get(c.sample()));
                }
                if (c.sample().startsWith("T")) {
                    assertThat(c.conclusion()).as("seed %d, %s", seed, c).isIn(Conclusion.UNDISPUTED, Conclusion.PROBABLE);
                } else {
                    assertThat(c.conclusion()).as("seed %d, %s", seed, c).isIn(Conclusion.EXCLUDED, Conclusion.NO_MATCH, Conclusion.INCONCLUSIVE);
                }
            }
        }
    }

    /**
     * Three missing full brothers with only the parents typed, and their true remains: every
     * permutation is equally likely, so nothing can be concluded (GLR exactly 1), and the
     * symmetric rule, which is about two persons, must not fire either.
     */
    @Test
    void threeFullBrothersAreExchangeable() {
        for (long seed = 11; seed <= 13; seed++) {
            List<Marker> markers = markers(seed);
            SplittableRandom rnd = new SplittableRandom(seed);
            Profile father = founder("F", markers, rnd);
            Profile mother = founder("M", markers, rnd);
            List<DviProblem.Victim> victims = new ArrayList<>();
            for (int b = 1; b <= 3; b++) {
                victims.add(new DviProblem.Victim(child("V" + b, father, mother, markers, rnd), Sex.MALE));
            }
            Pedigree ped = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE).child("B1", Sex.MALE, "F", "M")
                    .child("B2", Sex.MALE, "F", "M").child("B3", Sex.MALE, "F", "M").build();
            DviProblem p = DviProblem.of(markers, victims,
                    List.of(new DviProblem.Family("Fam", ped, List.of("B1", "B2", "B3"), Map.of("F", father, "M", mother))));
            DviResult r = DviAnalysis.run(p, DviOptions.defaults());
            for (AmConclusion c : r.am()) {
                assertThat(c.conclusion()).as("seed %d", seed).isEqualTo(Conclusion.INCONCLUSIVE);
                assertThat(c.log10Glr().orElseThrow()).as("seed %d", seed).isCloseTo(0, within(1e-9));
            }
            JointTable t = r.jointTables().get(0);
            assertThat(t.row(5).logLikelihood()).isCloseTo(t.row(0).logLikelihood(), within(1e-9));
            assertThat(t.row(6).logLikelihood()).isLessThan(t.row(0).logLikelihood() - 1);
        }
    }

    /**
     * A missing son B of typed parents F and M, his missing son G (mother untyped) and his missing
     * half-brother H (son of F and typed M2), simulated by gene dropping, with their true remains and
     * an unrelated remains. Each missing person is identified, undisputed or by joint analysis, with
     * his own remains, and the unrelated remains with nobody.
     */
    @Test
    void simulatedRelativesAreIdentifiedWithTheirOwnRemains() {
        for (long seed = 21; seed <= 26; seed++) {
            List<Marker> markers = markers(seed);
            SplittableRandom rnd = new SplittableRandom(seed);
            Profile f = founder("F", markers, rnd);
            Profile m = founder("M", markers, rnd);
            Profile m2 = founder("M2", markers, rnd);
            Profile w = founder("W", markers, rnd);
            Profile b = child("VB", f, m, markers, rnd);
            Profile g = child("VG", b, w, markers, rnd);
            Profile h = child("VH", f, m2, markers, rnd);
            Pedigree ped = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE).founder("M2", Sex.FEMALE)
                    .founder("W", Sex.FEMALE).child("B", Sex.MALE, "F", "M").child("G", Sex.MALE, "B", "W")
                    .child("H", Sex.MALE, "F", "M2").build();
            List<DviProblem.Victim> victims = new ArrayList<>();
            for (Profile v : List.of(g, h, b, founder("U", markers, rnd))) {
                victims.add(new DviProblem.Victim(v, Sex.MALE));
            }
            DviProblem p = DviProblem.of(markers, victims,
                    List.of(new DviProblem.Family("Fam", ped, List.of("B", "G", "H"), Map.of("F", f, "M", m, "M2", m2))));
            DviResult r = DviAnalysis.run(p, DviOptions.defaults());
            for (String missing : List.of("B", "G", "H")) {
                AmConclusion c = r.forMissing(missing);
                assertThat(c.conclusion()).as("seed %d, %s", seed, c).isIn(Conclusion.UNDISPUTED, Conclusion.MATCH_GLR);
                assertThat(c.sample()).as("seed %d", seed).hasValue("V" + missing);
            }
            assertThat(r.forVictim("U").missing()).as("seed %d", seed).isEmpty();
        }
    }

    private static Profile founder(String id, List<Marker> markers, SplittableRandom rnd) {
        Profile.Builder b = Profile.builder(id);
        for (Marker m : markers) {
            b.put(m.name(), m.allele(drawAllele(m, rnd)), m.allele(drawAllele(m, rnd)));
        }
        return b.build();
    }

    /** A child of the two profiles; mutation ignored, which the analysis tolerates (≤ 2 incompatible markers). */
    private static Profile child(String id, Profile father, Profile mother, List<Marker> markers, SplittableRandom rnd) {
        Profile.Builder b = Profile.builder(id);
        for (Marker m : markers) {
            var f = father.genotype(m.name());
            var mo = mother.genotype(m.name());
            b.put(m.name(), rnd.nextBoolean() ? f.first() : f.second(), rnd.nextBoolean() ? mo.first() : mo.second());
        }
        return b.build();
    }

    private static int drawAllele(Marker m, SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double c = 0;
        for (int i = 0; i < m.alleleCount(); i++) {
            c += m.frequency(i);
            if (u < c) {
                return i;
            }
        }
        return m.alleleCount() - 1;
    }
}
