package org.homeward.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

class LineagePowerTest {

    private static final Pedigree FAMILY = Pedigree.builder()
            .founder("GF", Sex.MALE).founder("GM", Sex.FEMALE).founder("M", Sex.FEMALE).founder("W", Sex.FEMALE)
            .child("F", Sex.MALE, "GF", "GM").child("U", Sex.MALE, "GF", "GM")
            .child("X", Sex.MALE, "F", "M").child("C", Sex.MALE, "U", "W").build();

    private static YHaplotype h(int dys19, int a, int b) {
        return new YHaplotype(Map.of("DYS19", List.of(new YAllele(dys19, 0)), "DYS385", List.of(new YAllele(a, 0), new YAllele(b, 0))));
    }

    private static final YHaplotypeDatabase DB = new YHaplotypeDatabase("sim", "1", true, List.of("DYS19", "DYS385"), List.of(
            new YHaplotypeDatabase.Entry(h(14, 11, 14), 10), new YHaplotypeDatabase.Entry(h(15, 11, 14), 30),
            new YHaplotypeDatabase.Entry(h(14, 12, 14), 60)));

    @Test
    void withoutMutationTheTrueRemainsGiveOneOverTheAugmentedCountAndUnrelatedShareMatchesTheDatabase() {
        YLineage lineage = new YLineage(new YPanel("p", List.of(new YLocus("DYS19", 1, 0), new YLocus("DYS385", 2, 0)), 0));
        LineagePower power = LineagePower.yStr(lineage, DB, FAMILY, "X", "C", h(14, 11, 14), 4000, 7, 5);
        assertThat(power.meioses()).isEqualTo(4);
        assertThat(power.medianLog10Lr()).isCloseTo(Math.log10(101.0 / 11), within(1e-12));
        assertThat(power.lowLog10Lr()).isEqualTo(power.highLog10Lr());
        assertThat(power.probabilityAboveThreshold()).isEqualTo(1);
        // an unrelated man gives LR > 0 only with the relative's haplotype: 10 of the 100 men
        assertThat(power.unrelatedAboveThreshold()).isCloseTo(0.10, within(0.015));
        assertThat(power.unrelatedBelowOne()).isCloseTo(0.90, within(0.015));
    }

    @Test
    void mutationSpreadsTheTrueLrAndTheSeedReproducesIt() {
        YLineage lineage = new YLineage(new YPanel("p", List.of(new YLocus("DYS19", 1, 0.05), new YLocus("DYS385", 2, 0.05)), 0.1));
        // the relative's haplotype is not in the database: every remains has frequency at least 1/101, so only
        // remains that kept it reach LR = P(same haplotype after 4 meioses) · 101, the largest transition
        YHaplotype relative = h(16, 11, 14);
        double stay = lineage.transition(relative, relative, 4);
        double threshold = stay * 101 * (1 - 1e-9);
        LineagePower a = LineagePower.yStr(lineage, DB, FAMILY, "X", "C", relative, 3000, 11, threshold);
        assertThat(a).isEqualTo(LineagePower.yStr(lineage, DB, FAMILY, "X", "C", relative, 3000, 11, threshold));
        assertThat(a.lowLog10Lr()).isLessThan(a.highLog10Lr());
        assertThat(a.probabilityAboveThreshold()).isCloseTo(stay, within(0.03));
        assertThatThrownBy(() -> LineagePower.yStr(lineage, DB, FAMILY, "X", "M", h(14, 11, 14), 10, 1, 5))
                .hasMessageContaining("M is not on X's paternal line");
    }

    @Test
    void mtDnaTrueRemainsCarryTheRelativesHaplotype() {
        MtRegion region = MtRegion.parse("HVS-II");
        MtHaplotypeDatabase db = new MtHaplotypeDatabase("sim", "1", true, region, List.of(
                new MtHaplotypeDatabase.Entry(MtHaplotype.parse(region, "73G 263G"), 5),
                new MtHaplotypeDatabase.Entry(MtHaplotype.parse(region, "73G 263G 152C"), 15),
                new MtHaplotypeDatabase.Entry(MtHaplotype.parse(region, "263G 195C 150T"), 80)));
        LineagePower power = LineagePower.mtDna(db, FAMILY, "X", "M", MtHaplotype.parse(region, "73G 263G"), 2000, 3, 5);
        assertThat(power.meioses()).isEqualTo(1);
        assertThat(power.medianLog10Lr()).isCloseTo(Math.log10(101.0 / 6), within(1e-12));
        // unrelated: 73G 263G matches (5 %); 73G 263G 152C is one difference, inconclusive (15 %); the rest excluded
        assertThat(power.unrelatedAboveThreshold()).isCloseTo(0.05, within(0.015));
        assertThat(power.unrelatedBelowOne()).isCloseTo(0.95, within(0.015));
    }
}
