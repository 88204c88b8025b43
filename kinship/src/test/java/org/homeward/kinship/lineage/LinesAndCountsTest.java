package org.homeward.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.OptionalInt;

import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

class LinesAndCountsTest {

    // grandparents GF+GM; their sons F and U and daughter A; F+M have the missing man X and brother B;
    // U has son C; A has son N (by an outside father H).
    private static final Pedigree FAMILY = Pedigree.builder()
            .founder("GF", Sex.MALE).founder("GM", Sex.FEMALE).founder("M", Sex.FEMALE)
            .founder("UW", Sex.FEMALE).founder("H", Sex.MALE)
            .child("F", Sex.MALE, "GF", "GM").child("U", Sex.MALE, "GF", "GM").child("A", Sex.FEMALE, "GF", "GM")
            .child("X", Sex.MALE, "F", "M").child("B", Sex.MALE, "F", "M").child("S", Sex.FEMALE, "F", "M")
            .child("C", Sex.MALE, "U", "UW").child("N", Sex.MALE, "H", "A")
            .build();

    @Test
    void paternalLineMeiosesFromThePedigree() {
        assertThat(Lines.paternalRelatives(FAMILY, "X"))
                .isEqualTo(Map.of("GF", 2, "F", 1, "U", 3, "B", 2, "C", 4));
        assertThat(Lines.paternalMeioses(FAMILY, "X", "N")).isEqualTo(OptionalInt.empty());
        assertThat(Lines.paternalMeioses(FAMILY, "X", "S")).isEqualTo(OptionalInt.empty());
    }

    @Test
    void maternalLineMeiosesFromThePedigree() {
        assertThat(Lines.maternalRelatives(FAMILY, "X")).isEqualTo(Map.of("M", 1, "B", 2, "S", 2));
        assertThat(Lines.maternalRelatives(FAMILY, "F")).isEqualTo(Map.of("GM", 1, "U", 2, "A", 2, "N", 3));
    }

    @Test
    void augmentedCountAndClopperPearsonUpperBound() {
        HaplotypeCount none = new HaplotypeCount(0, 500);
        assertThat(none.augmentedFrequency()).isEqualTo(1.0 / 501);
        assertThat(none.clopperPearsonUpper(0.95)).isCloseTo(1 - Math.pow(0.05, 1.0 / 500), within(1e-12));
        HaplotypeCount three = new HaplotypeCount(3, 100);
        double upper = three.clopperPearsonUpper(0.95);
        assertThat(binomialCdf(3, 100, upper)).isCloseTo(0.05, within(1e-10));
        assertThat(upper).isCloseTo(bisectUpper(3, 100), within(1e-10));
        assertThat(new HaplotypeCount(7, 7).clopperPearsonUpper(0.95)).isEqualTo(1);
    }

    private static double bisectUpper(int x, int n) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (binomialCdf(x, n, mid) > 0.05) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double binomialCdf(int x, int n, double p) {
        double sum = 0;
        for (int k = 0; k <= x; k++) {
            double logChoose = 0;
            for (int i = 0; i < k; i++) {
                logChoose += Math.log(n - i) - Math.log(i + 1);
            }
            sum += Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p));
        }
        return sum;
    }
}
