package org.homeward.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DiscreteLaplaceTest {

    private static YHaplotype h(int dys19, int dys439) {
        return new YHaplotype(Map.of("DYS19", List.of(new YAllele(dys19, 0)), "DYS439", List.of(new YAllele(dys439, 0))));
    }

    private static YHaplotypeDatabase db(int[][] rows) {
        List<YHaplotypeDatabase.Entry> entries = new ArrayList<>();
        for (int[] r : rows) {
            entries.add(new YHaplotypeDatabase.Entry(h(r[0], r[1]), r[2]));
        }
        return new YHaplotypeDatabase("sim", "1", true, List.of("DYS19", "DYS439"), entries);
    }

    @Test
    void oneClusterIsTheClosedFormMaximumLikelihood() {
        DiscreteLaplace fit = DiscreteLaplace.fit(db(new int[][] {{13, 12, 10}, {14, 12, 60}, {15, 12, 30}}), 1);
        double d = 0.4; // weighted mean |x − 14| at DYS19
        double p = (Math.sqrt(1 + d * d) - 1) / d;
        double atCentre = (1 - p) / (1 + p) * (1 - 1e-6) / (1 + 1e-6);
        assertThat(fit.frequency(h(14, 12))).isCloseTo(atCentre, within(1e-12));
        assertThat(fit.frequency(h(16, 12))).isCloseTo(atCentre * p * p, within(1e-12));
    }

    @Test
    void frequenciesSumToOneAndTwoClustersFitABimodalDatabaseBetter() {
        YHaplotypeDatabase bimodal = db(new int[][] {{13, 10, 20}, {14, 10, 30}, {14, 11, 10}, {17, 14, 25}, {18, 14, 10}, {17, 15, 5}});
        DiscreteLaplace one = DiscreteLaplace.fit(bimodal, 1);
        DiscreteLaplace two = DiscreteLaplace.fit(bimodal, 2);
        double sum = 0;
        for (int a = 0; a <= 50; a++) {
            for (int b = 0; b <= 50; b++) {
                sum += two.frequency(h(a, b));
            }
        }
        assertThat(sum).isCloseTo(1, within(1e-6));
        assertThat(logLikelihood(two, bimodal)).isGreaterThan(logLikelihood(one, bimodal) + 10);
        assertThat(two.frequency(h(13, 11))).isGreaterThan(two.frequency(h(16, 12)));
    }

    @Test
    void lrWithTheDiscreteLaplaceFrequency() {
        YHaplotypeDatabase database = db(new int[][] {{13, 12, 10}, {14, 12, 60}, {15, 12, 30}});
        DiscreteLaplace fit = DiscreteLaplace.fit(database, 1);
        YLineage lineage = new YLineage(new YPanel("p", List.of(new YLocus("DYS19", 1, 0.002), new YLocus("DYS439", 1, 0.005)), 0.05));
        YLineageLr lr = lineage.lr(h(16, 12), h(16, 12), 2, database, fit);
        assertThat(lr.method()).isEqualTo(FrequencyMethod.DISCRETE_LAPLACE);
        assertThat(lr.count()).isEqualTo(new HaplotypeCount(0, 100));
        assertThat(lr.lr()).isCloseTo(lr.transition() / fit.frequency(h(16, 12)), within(1e-9));
        assertThat(lineage.lr(h(16, 12), h(16, 12), 2, database).lr()).isCloseTo(lr.transition() * 101, within(1e-9));
    }

    private static double logLikelihood(DiscreteLaplace fit, YHaplotypeDatabase database) {
        return database.entries().stream().mapToDouble(e -> e.count() * Math.log(fit.frequency(e.haplotype()))).sum();
    }
}
