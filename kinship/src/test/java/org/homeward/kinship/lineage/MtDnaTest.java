package org.homeward.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.homeward.kinship.KinshipInputException;
import org.junit.jupiter.api.Test;

class MtDnaTest {

    private static final MtRegion HVS12 = MtRegion.parse("HVS-I+HVS-II");

    @Test
    void readsEmpopNotation() {
        assertThat(MtVariant.parse("16519C")).isEqualTo(new MtVariant(16519, 0, 'C'));
        assertThat(MtVariant.parse("T16519C")).isEqualTo(new MtVariant(16519, 0, 'C'));
        assertThat(MtVariant.parse("315.1C")).isEqualTo(new MtVariant(315, 1, 'C'));
        assertThat(MtVariant.parse("249-")).isEqualTo(new MtVariant(249, 0, '-'));
        assertThat(MtVariant.parse("249del")).isEqualTo(MtVariant.parse("A249DEL")).isEqualTo(MtVariant.parse("249d"));
        assertThat(MtVariant.parse("16093Y").isHeteroplasmy()).isTrue();
        assertThat(MtVariant.parse("16093Y").bases()).isEqualTo("CT");
    }

    @Test
    void refusesMalformedNotation() {
        for (String bad : List.of("16519", "C16519C", "16519X", "315.0C", "315.1Y", "315.1-", "16570A", "0A", "16519CC", "")) {
            assertThatThrownBy(() -> MtVariant.parse(bad)).as(bad).isInstanceOf(KinshipInputException.class);
        }
    }

    @Test
    void regionsByNameAndByRange() {
        assertThat(MtRegion.parse("HVS-I+HVS-II").toString()).isEqualTo("16024-16365;73-340");
        assertThat(MtRegion.parse("CR").covers(HVS12)).isTrue();
        assertThat(HVS12.covers(MtRegion.parse("CR"))).isFalse();
        assertThatThrownBy(() -> MtRegion.parse("HVS-IV")).hasMessageContaining("'HVS-IV' is not an mtDNA region");
        assertThatThrownBy(() -> MtHaplotype.parse(HVS12, "16519C")).hasMessageContaining("16519C lies outside the declared region");
        assertThatThrownBy(() -> MtHaplotype.parse(HVS12, "16093C 16093Y")).hasMessageContaining("site 16093 is called twice");
    }

    @Test
    void cInsertionsAndDeletionsGoToTheThreePrimeEndOfTheirTract() {
        assertThat(notation("303.1C")).isEqualTo("309.1C");
        assertThat(notation("302.1C 305.1C")).isEqualTo("309.1C 309.2C");
        assertThat(notation("310.1C")).isEqualTo("315.1C");
        assertThat(notation("311.1C 309.1C")).isEqualTo("309.1C 315.1C");
        assertThat(notation("305del")).isEqualTo("309del");
        assertThat(notation("304del 306del")).isEqualTo("308del 309del");
        assertThat(notation("303.1C 305del")).isEqualTo("");
        assertThat(notation("310C 304.1C")).isEqualTo("310C 315.1C");
        assertThat(notation("16185.1C")).isEqualTo("16188.1C");
        assertThat(notation("16189C 16186.1C")).isEqualTo("16189C 16193.1C");
        assertThat(notation("73G 263G 309.1C 315.1C")).isEqualTo("73G 263G 309.1C 315.1C");
        // a tract with another change in it is left as written
        assertThat(notation("305T 303.1C")).isEqualTo("303.1C 305T");
        assertThat(notation("16189C 16192T 16186.1C")).isEqualTo("16186.1C 16189C 16192T");
    }

    @Test
    void countsDifferencesWithHeteroplasmySharingABase() {
        MtHaplotype relative = MtHaplotype.parse(HVS12, "16093C 16129A 73G 263G 315.1C");
        assertThat(compare("16093Y 16129A 73G 263G 315.1C", relative).verdict()).isEqualTo(MtComparison.Verdict.CANNOT_EXCLUDE);
        assertThat(compare("16093C 16129A 73G 263G 311.1C", relative).verdict()).isEqualTo(MtComparison.Verdict.CANNOT_EXCLUDE);
        assertThat(compare("16129A 73G 263G 315.1C", relative).differences()).containsExactly("16093: rCRS / 16093C");
        assertThat(compare("16093R 16129A 73G 263G 315.1C", relative).verdict()).isEqualTo(MtComparison.Verdict.INCONCLUSIVE);
        MtComparison two = compare("16129A 73G 263G 315.1C 315.2C", relative);
        assertThat(two.verdict()).isEqualTo(MtComparison.Verdict.EXCLUSION);
        assertThat(two.differences()).containsExactly("315.2: 315.2C / rCRS", "16093: rCRS / 16093C");
        // the relative read over HVS-I only: the HVS-II differences are not compared
        MtHaplotype hvs1 = MtHaplotype.parse(MtRegion.parse("HVS-I"), "16093C 16129A");
        assertThat(compare("16093C 16129A 73A 200G", hvs1).verdict()).isEqualTo(MtComparison.Verdict.CANNOT_EXCLUDE);
        // a heteroplasmy against the reference is no difference
        assertThat(compare("16129A 73G 263G 315.1C 152Y 16093C", relative).verdict()).isEqualTo(MtComparison.Verdict.CANNOT_EXCLUDE);
    }

    @Test
    void lrIsOneOverTheAugmentedCountAndOverTheUpperBound() {
        MtHaplotypeDatabase db = new MtHaplotypeDatabase("sim", "1", true, HVS12, List.of(
                new MtHaplotypeDatabase.Entry(MtHaplotype.parse(HVS12, "16093C 73G 263G 315.1C"), 2),
                new MtHaplotypeDatabase.Entry(MtHaplotype.parse(HVS12, "16093Y 73G 263G 315.1C"), 1),
                new MtHaplotypeDatabase.Entry(MtHaplotype.parse(HVS12, "73G 263G 315.1C"), 97)));
        MtHaplotype remains = MtHaplotype.parse(HVS12, "16093C 73G 263G 309.1C 315.1C 309.2C");
        MtHaplotype mother = MtHaplotype.parse(HVS12, "16093C 73G 263G 309.1C 315.1C 303.1C");
        MtLineageEvidence evidence = MtLineageEvidence.of(remains, mother, db);
        assertThat(evidence.comparison().verdict()).isEqualTo(MtComparison.Verdict.CANNOT_EXCLUDE);
        MtLineageEvidence.Statistic s = evidence.statistic().orElseThrow();
        // 309.1C and 309.2C are two differences from every database haplotype: none of them matches
        assertThat(s.count()).isEqualTo(new HaplotypeCount(0, 100));
        assertThat(s.lr()).isCloseTo(101, within(1e-12));
        assertThat(s.conservativeLr()).isCloseTo(1 / (1 - Math.pow(0.05, 0.01)), within(1e-8));

        MtHaplotype common = MtHaplotype.parse(HVS12, "16093C 73G 263G 315.1C");
        MtLineageEvidence.Statistic c = MtLineageEvidence.of(common, common, db).statistic().orElseThrow();
        assertThat(c.count()).isEqualTo(new HaplotypeCount(3, 100));
        assertThat(c.lr()).isCloseTo(101.0 / 4, within(1e-12));
        assertThat(MtLineageEvidence.of(common, MtHaplotype.parse(HVS12, "73G 263G"), db).statistic()).isEmpty();
    }

    @Test
    void databaseRefusesAHaplotypeTwiceOnceNormalised() {
        assertThatThrownBy(() -> new MtHaplotypeDatabase("sim", "1", true, HVS12, List.of(
                new MtHaplotypeDatabase.Entry(MtHaplotype.parse(HVS12, "73G 303.1C"), 1),
                new MtHaplotypeDatabase.Entry(MtHaplotype.parse(HVS12, "73G 309.1C"), 1))))
                .hasMessageContaining("lists haplotype 73G 309.1C twice");
    }

    private static String notation(String variants) {
        return MtHaplotype.parse(MtRegion.parse("CR"), variants).notation();
    }

    private static MtComparison compare(String remains, MtHaplotype relative) {
        return MtComparison.of(MtHaplotype.parse(HVS12, remains), relative);
    }
}
