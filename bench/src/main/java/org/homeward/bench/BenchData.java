package org.homeward.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;

/** Deterministic benchmark markers shaped like a 21-STR kit (allele counts of the GlobalFiler loci). */
final class BenchData {

    /** Allele counts of D1S1656, TPOX, D2S441, D2S1338, D3S1358, FGA, D5S818, CSF1PO, SE33, D7S820, D8S1179,
     *  D10S1248, TH01, vWA, D12S391, D13S317, D16S539, D18S51, D19S433, D21S11, D22S1045 in a European database. */
    static final int[] ALLELE_COUNTS = {17, 6, 10, 15, 8, 18, 9, 10, 35, 10, 11, 8, 7, 9, 15, 8, 8, 15, 15, 18, 10};

    private BenchData() { }

    static List<Marker> markers(int count, long seed) {
        Random rnd = new Random(seed);
        List<Marker> out = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            int k = ALLELE_COUNTS[m % ALLELE_COUNTS.length];
            double[] w = new double[k];
            double s = 0;
            for (int i = 0; i < k; i++) {
                w[i] = Math.exp(rnd.nextGaussian());
                s += w[i];
            }
            Marker.Builder b = Marker.builder("STR" + (m + 1));
            for (int i = 0; i < k; i++) {
                b.allele(String.valueOf(6 + i), w[i] / s);
            }
            out.add(b.femaleMutation(MutationModel.stepwise(0.001, 0.1, 1e-6))
                    .maleMutation(MutationModel.stepwise(0.003, 0.1, 1e-6)).build());
        }
        return out;
    }
}
