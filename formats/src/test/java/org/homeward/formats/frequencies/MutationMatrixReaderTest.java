package org.homeward.formats.frequencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.TextFile;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.ReferenceFamily;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

class MutationMatrixReaderTest {

    static final Marker TH01 = Marker.builder("TH01").allele("6", 0.25).allele("7", 0.25).allele("9.3", 0.5)
            .mutation(MutationModel.equal(0.001)).build();
    static final Marker VWA = Marker.builder("vWA").allele("16", 0.5).allele("17", 0.5).build();

    static TextFile csv(String text) {
        return TextFile.decode("matrices.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static final String MALE_TH01 = """
            marker,sex,from,to,probability
            TH01,male,6,6,0.99
            TH01,male,6,7,0.01
            TH01,male,7,7,0.98
            TH01,male,7,6,0.015
            TH01,male,7,9.3,0.005
            TH01,male,9.3,9.3,1
            """;

    @Test
    void aMatrixGoesOnItsMarkerAndSexOnly() {
        List<Marker> markers = MutationMatrixReader.apply(csv(MALE_TH01), List.of(TH01, VWA));
        Marker th01 = markers.get(0);
        assertThat(th01.maleMutation().kind()).isEqualTo(MutationModel.Kind.CUSTOM);
        assertThat(th01.femaleMutation()).isEqualTo(MutationModel.equal(0.001));
        assertThat(th01.mutationMatrix(Sex.MALE)[1]).containsExactly(0.015, 0.98, 0.005);
        assertThat(th01.mutationMatrix(Sex.MALE)[0]).containsExactly(0.99, 0.01, 0.0);
        assertThat(markers.get(1)).isSameAs(VWA);
        // Father 6/6, son 7/7: the father's 6 → 7 (0.01) times the mother's 7 through the equal model, against p7².
        Pedigree trio = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE).child("MP", Sex.MALE, "F", "M").build();
        double motherTransmits7 = 0.25 * (1 - 0.001) + 0.75 * 0.001 / 2;
        double lr = ReferenceFamily.prepare(trio, "MP", List.of(th01), Map.of("F", Profile.builder("F").put("TH01", "6", "6").build()))
                .lr(Profile.builder("R").put("TH01", "7", "7").build()).lr();
        assertThat(lr).isCloseTo(0.01 * motherTransmits7 / (0.25 * 0.25), within(1e-15));
    }

    @Test
    void bothSexesAndCanonicalMarkerNames() {
        List<Marker> markers = MutationMatrixReader.apply(csv("""
                marker;sex;from;to;probability
                VWA;both;16;16;1
                VWA;both;17;16;0.5
                VWA;both;17;17;0.5
                """), List.of(VWA));
        assertThat(markers.get(0).femaleMutation()).isEqualTo(markers.get(0).maleMutation());
        assertThat(markers.get(0).mutationMatrix(Sex.FEMALE)[1]).containsExactly(0.5, 0.5);
    }

    @Test
    void everyProblemIsNamedByLineAndFieldAndNothingIsApplied() {
        String broken = MALE_TH01.replace("6,7,0.01", "6,7,0.02").replace("male,9.3,9.3,1", "father,9.3,9.3,1")
                + "TH01,male,7,7,1\nTH01,male,9.3,8,0.1\nTH01,male,9.3,9.3,-0.1\nD99S1,male,1,1,1\n";
        assertThatThrownBy(() -> MutationMatrixReader.apply(csv(broken), List.of(TH01, VWA)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("matrices.csv:8: to: TH01 male 7 → 7 is already given on line 4")
                .hasMessageContaining("matrices.csv:7: sex: 'father' is not female, male or both")
                .hasMessageContaining("matrices.csv:9: to: allele '8' is not an allele of TH01 in the frequency table")
                .hasMessageContaining("matrices.csv:10: probability: '-0.1' is not a probability in [0, 1]")
                .hasMessageContaining("matrices.csv:11: marker: marker 'D99S1' is not in the frequency table")
                .hasMessageContaining("matrices.csv:2: probability: the probabilities from allele 6 of TH01 sum to 1.01")
                .hasMessageContaining("matrices.csv:2: from: the matrix of TH01 has no row from allele 9.3");
        assertThatThrownBy(() -> MutationMatrixReader.apply(csv("marker,allele,frequency\nTH01,6,0.25\n"), List.of(TH01)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("matrices.csv:1: header: expected the columns marker,sex,from,to,probability");
    }
}
