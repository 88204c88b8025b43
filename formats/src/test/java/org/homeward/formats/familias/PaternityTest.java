package org.homeward.formats.familias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.homeward.formats.SampleFiles;
import org.homeward.formats.common.Strictness;
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
}
