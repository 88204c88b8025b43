package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairwiseLRTest {

    static final Marker L = HandDerivedLrTest.L;

    @Test
    void directMatchWithoutThetaIsOneOverTheGenotypeFrequency() {
        int g = L.genotypeIndex("a", "b");
        assertThat(PairwiseLR.markerLr(L, g, g, Relationship.SAME_PERSON, 0)).isCloseTo(1 / (2 * 0.1 * 0.2), within(1e-9));
        assertThat(PairwiseLR.markerLr(L, g, L.genotypeIndex("a", "c"), Relationship.SAME_PERSON, 0)).isZero();
    }

    @Test
    void directMatchWithThetaFollowsNrc2Formula410() {
        double t = 0.03;
        double pa = 0.1;
        double pb = 0.2;
        int het = L.genotypeIndex("a", "b");
        double hetMatch = 2 * (t + (1 - t) * pa) * (t + (1 - t) * pb) / ((1 + t) * (1 + 2 * t));
        assertThat(PairwiseLR.markerLr(L, het, het, Relationship.SAME_PERSON, t)).isCloseTo(1 / hetMatch, within(1e-9));
        int hom = L.genotypeIndex("a", "a");
        double homMatch = (2 * t + (1 - t) * pa) * (3 * t + (1 - t) * pa) / ((1 + t) * (1 + 2 * t));
        assertThat(PairwiseLR.markerLr(L, hom, hom, Relationship.SAME_PERSON, t)).isCloseTo(1 / homMatch, within(1e-9));
    }

    @Test
    void paternityIndexWithThetaFollowsNrc2() {
        // Child a/b, alleged father a/c, mother untyped: the child's maternal allele b is drawn after a, c
        // (numerator) or after a, c, a (denominator), so PI = (1 + 2θ) / (4 [θ + (1 − θ) p_a]).
        double t = 0.01;
        double pi = PairwiseLR.markerLr(L, L.genotypeIndex("a", "c"), L.genotypeIndex("a", "b"), Relationship.PARENT_CHILD, t);
        assertThat(pi).isCloseTo((1 + 2 * t) / (4 * (t + (1 - t) * 0.1)), within(1e-12));
    }

    /** With θ = 0 and no mutation, κ-based LRs must equal the pedigree engine on the matching pedigree. */
    @Test
    void kappaLrsAgreeWithThePedigreeEngine() {
        Map<Relationship, Pedigree> peds = Map.of(
                Relationship.PARENT_CHILD, Pedigree.builder().founder("REF", Sex.MALE).founder("W", Sex.FEMALE)
                        .child("MP", Sex.MALE, "REF", "W").build(),
                Relationship.FULL_SIBLINGS, Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE)
                        .child("REF", Sex.MALE, "F", "M").child("MP", Sex.MALE, "F", "M").build(),
                Relationship.HALF_SIBLINGS, Pedigree.builder().founder("F", Sex.MALE).founder("M1", Sex.FEMALE)
                        .founder("M2", Sex.FEMALE).child("REF", Sex.MALE, "F", "M1").child("MP", Sex.MALE, "F", "M2").build(),
                Relationship.GRANDPARENT_GRANDCHILD, Pedigree.builder().founder("REF", Sex.MALE).founder("GM", Sex.FEMALE)
                        .child("P", Sex.MALE, "REF", "GM").founder("W", Sex.FEMALE).child("MP", Sex.MALE, "P", "W").build(),
                Relationship.AVUNCULAR, Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE)
                        .child("REF", Sex.MALE, "F", "M").child("P", Sex.MALE, "F", "M").founder("W", Sex.FEMALE)
                        .child("MP", Sex.MALE, "P", "W").build(),
                Relationship.FIRST_COUSINS, Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE)
                        .child("P1", Sex.MALE, "F", "M").child("P2", Sex.MALE, "F", "M")
                        .founder("W1", Sex.FEMALE).founder("W2", Sex.FEMALE)
                        .child("REF", Sex.MALE, "P1", "W1").child("MP", Sex.MALE, "P2", "W2").build());
        Random rnd = new Random(7);
        for (Map.Entry<Relationship, Pedigree> e : peds.entrySet()) {
            for (int trial = 0; trial < 20; trial++) {
                int g1 = rnd.nextInt(L.genotypeCount());
                int g2 = rnd.nextInt(L.genotypeCount());
                Profile ref = Profile.builder("REF").put("L", L.allele(Marker.lowerAllele(g1)), L.allele(Marker.upperAllele(g1))).build();
                Profile rem = Profile.builder("R").put("L", L.allele(Marker.lowerAllele(g2)), L.allele(Marker.upperAllele(g2))).build();
                double pedigreeLr = ReferenceFamily.prepare(e.getValue(), "MP", List.of(L), Map.of("REF", ref)).lr(rem).lr();
                double kappaLr = PairwiseLR.lr(ref, rem, e.getKey(), List.of(L), 0).lr();
                assertThat(kappaLr).as(e.getKey() + " " + ref + " " + rem).isCloseTo(pedigreeLr, within(1e-12));
            }
        }
    }
}
