package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Closed forms derived by hand, against the engine. */
class HandDerivedLrTest {

    static final double PA = 0.1;
    static final double PB = 0.2;
    static final double PC = 0.3;
    static final double PD = 0.4;
    static final Marker L = Marker.builder("L").allele("a", PA).allele("b", PB).allele("c", PC).allele("d", PD).build();

    static final Pedigree TRIO = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE)
            .child("MP", Sex.MALE, "F", "M").build();

    static double lr(Pedigree ped, Map<String, Profile> refs, String a, String b) {
        return ReferenceFamily.prepare(ped, "MP", List.of(L), refs).lr(Profile.builder("R").put("L", a, b).build()).lr();
    }

    static Map<String, Profile> typed(String person, String a, String b) {
        return Map.of(person, Profile.builder(person).put("L", a, b).build());
    }

    @Test
    void parentChildSharingOneAlleleIsOneOverFourP() {
        assertThat(lr(TRIO, typed("F", "a", "b"), "a", "c")).isCloseTo(1 / (4 * PA), within(1e-12));
    }

    @Test
    void parentChildWithHomozygousChildIsOneOverTwoP() {
        assertThat(lr(TRIO, typed("F", "a", "b"), "a", "a")).isCloseTo(1 / (2 * PA), within(1e-12));
    }

    @Test
    void parentChildWithHomozygousParentIsOneOverTwoP() {
        assertThat(lr(TRIO, typed("F", "a", "a"), "a", "c")).isCloseTo(1 / (2 * PA), within(1e-12));
        assertThat(lr(TRIO, typed("F", "a", "a"), "a", "a")).isCloseTo(1 / PA, within(1e-12));
    }

    @Test
    void parentChildSharingBothAllelesIsSumOverFourPQ() {
        // Child a/b, parent a/b: [½·p_b + ½·p_a] / (2 p_a p_b) = (p_a + p_b) / (4 p_a p_b).
        assertThat(lr(TRIO, typed("F", "a", "b"), "a", "b")).isCloseTo((PA + PB) / (4 * PA * PB), within(1e-12));
    }

    @Test
    void parentChildWithNoSharedAlleleIsAnExactExclusionWithoutMutation() {
        assertThat(lr(TRIO, typed("F", "a", "b"), "c", "d")).isZero();
    }

    @Test
    void bothParentsTypedGiveOneOverTheTransmissionProbability() {
        Map<String, Profile> refs = Map.of("F", Profile.builder("F").put("L", "a", "b").build(),
                "M", Profile.builder("M").put("L", "c", "d").build());
        // P(child a/c | parents) = ¼, so LR = ¼ / (2 p_a p_c).
        assertThat(lr(TRIO, refs, "a", "c")).isCloseTo(0.25 / (2 * PA * PC), within(1e-12));
    }

    @Test
    void fullSiblingsFromKappa() {
        Pedigree ped = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE)
                .child("S", Sex.MALE, "F", "M").child("MP", Sex.MALE, "F", "M").build();
        // Sibling a/b, remains a/b: κ0 + κ1 (p_a + p_b)/(4 p_a p_b) + κ2 / (2 p_a p_b).
        double expected = 0.25 + 0.5 * (PA + PB) / (4 * PA * PB) + 0.25 / (2 * PA * PB);
        assertThat(lr(ped, typed("S", "a", "b"), "a", "b")).isCloseTo(expected, within(1e-12));
    }

    @Test
    void proportionalMutationFromATypedFatherWithNoSharedAllele() {
        Marker m = Marker.builder("L").allele("a", PA).allele("b", PB).allele("c", PC).allele("d", PD)
                .mutation(MutationModel.proportional(0.01)).build();
        double h = PA * (1 - PA) + PB * (1 - PB) + PC * (1 - PC) + PD * (1 - PD);
        double a = 0.01 / h;
        // Father a/b, remains c/d. Mother is an untyped founder; the proportional model is stationary,
        // so her transmitted allele has the population frequencies.
        double patC = a * PC;
        double patD = a * PD;
        double expected = (patC * PD + patD * PC) / (2 * PC * PD);
        double got = ReferenceFamily.prepare(TRIO, "MP", List.of(m), Map.of("F", Profile.builder("F").put("L", "a", "b").build()))
                .lr(Profile.builder("R").put("L", "c", "d").build()).lr();
        assertThat(got).isCloseTo(expected, within(1e-15));
    }

    @Test
    void markersMissingInTheRemainsContributeOne() {
        Marker other = Marker.builder("K").allele("1", 0.5).allele("2", 0.5).build();
        ReferenceFamily fam = ReferenceFamily.prepare(TRIO, "MP", List.of(L, other),
                Map.of("F", Profile.builder("F").put("L", "a", "b").put("K", "1", "1").build()));
        LrResult r = fam.lr(Profile.builder("R").put("L", "a", "c").build());
        assertThat(r.lr()).isCloseTo(1 / (4 * PA), within(1e-12));
        assertThat(r.markersCompared()).isEqualTo(1);
        assertThat(r.perMarker()).containsOnlyKeys("L");
    }

    @Test
    void tinyPerMarkerLrsDoNotUnderflowTheTotal() {
        Marker rare = Marker.builder("L").allele("x", 1e-6).allele("y", 1 - 1e-6).build();
        List<Marker> markers = new java.util.ArrayList<>();
        Profile.Builder father = Profile.builder("F");
        Profile.Builder remains = Profile.builder("R");
        for (int i = 0; i < 60; i++) {
            Marker m = Marker.builder("L" + i).allele("x", 1e-6).allele("y", 1 - 1e-6).build();
            markers.add(m);
            father.put(m.name(), "x", "x");
            remains.put(m.name(), "x", "x");
        }
        LrResult r = ReferenceFamily.prepare(TRIO, "MP", markers, Map.of("F", father.build())).lr(remains.build());
        // Each marker: P(x/x | father x/x) / p² = p / p² = 1/p = 10^6: total 10^360, beyond a double.
        assertThat(r.log10Lr()).isCloseTo(360, within(1e-6));
        assertThat(rare.alleleCount()).isEqualTo(2);
    }

    @Test
    void unknownAlleleInRemainsIsAClearError() {
        ReferenceFamily fam = ReferenceFamily.prepare(TRIO, "MP", List.of(L), typed("F", "a", "b"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fam.lr(Profile.builder("R7").put("L", "a", "z").build()))
                .isInstanceOf(KinshipInputException.class)
                .hasMessage("remains 'R7' have allele 'z' at L, which is not in its frequency table");
    }
}
