package org.homeward.kinship.screen;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Marker;

/**
 * The family tables of one sample quality class: remains typed under a dropout model. The remains'
 * shown genotype O depends only on their true genotype G, so with H1 (the remains are the missing
 * person) and H2 (they are one more founder, unrelated) the exact LR with dropout is
 *
 * <pre>
 *   LR(O) = Σ_G P(O | G)·P(refs, G | H1) / Σ_G P(O | G)·P(refs, G | H2)
 *         = Σ_G P(O | G)·w(G)·LR(G) / Σ_G P(O | G)·w(G),      w(G) ∝ P(refs, G | H2)
 * </pre>
 * with LR(G) the clean table's entry: a weighted mean of the clean table. At θ = 0, w(G) is the
 * Hardy–Weinberg frequency f(G), the same for every family, so a class table is computed once per
 * distinct clean table. With θ every founder allele, the remains' under H2 included, comes from one
 * urn, so w(G) depends on the family ({@link ThetaTables#unrelatedWeights}) and is computed per family
 * and marker. Either way the kernel sums class tables exactly as it sums clean ones. O is counted
 * incompatible when every G that could show as O is. Thread-safe.
 */
final class DropoutTables {

    /** What a class table is made from with θ: the clean table (by identity, it is interned) and the weights (by value). */
    private record ThetaKey(double[] clean, double[] weights) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ThetaKey k && k.clean == clean && Arrays.equals(k.weights, weights);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(clean) * 31 + Arrays.hashCode(weights);
        }
    }

    private final MarkerPanel panel;
    private final double theta;
    /** Per marker, P(O | G). */
    private final double[][][] shown;
    /** Per marker, P(O | G)·f(G): the weights at θ = 0. */
    private final double[][][] hardyWeinberg;
    /** Class tables by the clean table they were made from (θ = 0): families sharing a clean table share its class table. */
    private final Map<double[], TableInterner.Tables> byCleanTable = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Class tables by clean table and weights (θ > 0). */
    private final Map<ThetaKey, TableInterner.Tables> byWeights = Collections.synchronizedMap(new HashMap<>());

    DropoutTables(MarkerPanel panel, DropoutModel model, double theta) {
        this.panel = panel;
        this.theta = theta;
        this.shown = new double[panel.size()][][];
        this.hardyWeinberg = new double[panel.size()][][];
        for (int k = 0; k < panel.size(); k++) {
            Marker marker = panel.marker(k);
            shown[k] = model.shownGivenTrue(marker);
            double[] f = new double[marker.genotypeCount()];
            for (int g = 0; g < f.length; g++) {
                f[g] = marker.genotypeFrequency(g);
            }
            hardyWeinberg[k] = weighted(shown[k], f);
        }
    }

    /** The family's profile for remains of this class, from its clean profile (θ's weights from the family's inputs). */
    FamilyProfile apply(FamilyProfile clean, Screening.Family family) {
        double[][] lr = new double[panel.size()][];
        long[][] inc = new long[panel.size()][];
        int missing = family.pedigree().indexOf(clean.missingPerson());
        for (int k = 0; k < panel.size(); k++) {
            int marker = k;
            double[] cleanTable = clean.log10Lr[k];
            long[] cleanIncompatible = clean.incompatible[k];
            TableInterner.Tables t;
            if (theta == 0) {
                t = byCleanTable.computeIfAbsent(cleanTable, table -> classTables(hardyWeinberg[marker], table, cleanIncompatible));
            } else {
                double[] w = ThetaTables.unrelatedWeights(family.pedigree(), missing, panel.marker(k), family.references(), theta);
                t = byWeights.computeIfAbsent(new ThetaKey(cleanTable, w),
                        key -> classTables(weighted(shown[marker], key.weights()), cleanTable, cleanIncompatible));
            }
            lr[k] = t.log10Lr();
            inc[k] = t.incompatible();
        }
        return new FamilyProfile(clean.familyId(), clean.missingPerson(), clean.sex(), lr, inc);
    }

    /** {@code P[O][G]·w[G]}. */
    static double[][] weighted(double[][] shownGivenTrue, double[] w) {
        double[][] out = new double[shownGivenTrue.length][];
        for (int o = 0; o < out.length; o++) {
            out[o] = shownGivenTrue[o].clone();
            for (int g = 0; g < w.length; g++) {
                out[o][g] *= w[g];
            }
        }
        return out;
    }

    /** The class table from the weights P(O | G)·w(G) and the clean table and incompatibilities. */
    static TableInterner.Tables classTables(double[][] w, double[] clean, long[] cleanIncompatible) {
        int gc = w.length;
        double[] table = new double[gc + 1];
        long[] bits = new long[cleanIncompatible.length];
        for (int o = 0; o < gc; o++) {
            double num = 0;
            double den = 0;
            boolean incompatible = true;
            for (int g = 0; g < gc; g++) {
                if (w[o][g] > 0) {
                    num += w[o][g] * Math.pow(10, clean[g]);
                    den += w[o][g];
                    incompatible &= (cleanIncompatible[g >>> 6] & (1L << g)) != 0;
                }
            }
            table[o] = Math.log10(num / den);
            if (incompatible) {
                bits[o >>> 6] |= 1L << o;
            }
        }
        table[gc] = 0; // not typed: LR 1
        return new TableInterner.Tables(table, bits);
    }
}
