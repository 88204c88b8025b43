package org.homeward.formats.familias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.formats.SampleFiles;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.kinship.Likelihoods;
import org.homeward.kinship.MutationModel;
import org.junit.jupiter.api.Test;

class PaternityTest {

    @Test
    void paternityLrOfTheTwoPedigreesIs760_3445() {
        Path path = SampleFiles.shared("formats/familias/paternity.fam");
        FamFile file = FamiliasReader.read(path).value();
        FamiliasCase c = FamiliasKinship.kinshipCase(file, path.toString(), Strictness.STRICT).value();

        assertThat(c.pedigrees()).containsOnlyKeys("H1", "H2");
        assertThat(c.profiles()).containsOnlyKeys("AF", "CH");
        assertThat(c.markers()).hasSize(10);
        assertThat(c.markers().get(0).maleMutation()).isEqualTo(MutationModel.stepwise(0.002, 0.1, 1e-6));
        assertThat(c.markers().get(0).femaleMutation()).isEqualTo(MutationModel.stepwise(0.001, 0.1, 1e-6));
        double h1 = Likelihoods.logLikelihood(c.pedigrees().get("H1"), c.markers(), c.profiles());
        double h2 = Likelihoods.logLikelihood(c.pedigrees().get("H2"), c.markers(), c.profiles());
        assertThat(Math.exp(h1 - h2)).isCloseTo(760.3445, within(0.00005));
    }

    /**
     * A written file with the stationary stepwise model for fathers (rate 0.01, alleles 1 and 2 with
     * p = 0.2, 0.8) and none for mothers: father 1/1, child 2/2. By hand (see the kinship test of the
     * PM transformation) the father's 1 → 2 has probability 2.5·0.01, so LR = 0.025 · 0.8 / 0.8².
     */
    @Test
    void stationaryStepwisePaternityFromAWrittenFile() {
        Map<String, Double> alleles = new LinkedHashMap<>();
        alleles.put("1", 0.2);
        alleles.put("2", 0.8);
        FamLocus locus = new FamLocus("D3S1358", new FamMutation(FamMutation.STEPWISE_STATIONARY, 0, 0.1, 0),
                new FamMutation(FamMutation.STEPWISE_STATIONARY, 0.01, 0.1, 0), alleles, false, 0, 1000, 0, 0);
        FamFile written = new FamFile("3.3", List.of(new FamPerson("AF", true, List.of(new FamGenotype("D3S1358", "1", "1")), false),
                new FamPerson("CH", false, List.of(new FamGenotype("D3S1358", "2", "2")), false)), 0, 0, List.of(),
                List.of(new FamPedigree("H1", 1, 0, List.of(new FamRelation(0, 1, false), new FamRelation(2, 1, false))),
                        new FamPedigree("H2", 0, 0, List.of())),
                new FamDatabase("db", 0, List.of(locus)), Optional.empty(), List.of());
        FamFile read = FamiliasReader.parse(TextFile.decode("s.fam", FamiliasWriter.toText(written).getBytes(StandardCharsets.UTF_8)),
                Strictness.STRICT).value();
        FamiliasCase c = FamiliasKinship.kinshipCase(read, "s.fam", Strictness.STRICT).value();
        double lr = Math.exp(Likelihoods.logLikelihood(c.pedigrees().get("H1"), c.markers(), c.profiles())
                - Likelihoods.logLikelihood(c.pedigrees().get("H2"), c.markers(), c.profiles()));
        assertThat(lr).isCloseTo(0.025 * 0.8 / (0.8 * 0.8), within(1e-12));
    }
}
