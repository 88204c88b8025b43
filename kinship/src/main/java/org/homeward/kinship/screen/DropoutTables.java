package org.homeward.kinship.screen;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Marker;

/**
 * The family tables of one sample quality class: remains typed under a dropout model. For the remains
 * showing genotype O at a marker, the exact LR with dropout (the remains' sample under the model in
 * both hypotheses, as one more founder under "unrelated") is
 *
 * <pre>
 *   LR(O) = Σ_G P(O | G)·P(G | references) / Σ_G P(O | G)·f(G)
 *         = Σ_G P(O | G)·f(G)·LR(G) / Σ_G P(O | G)·f(G)
 * </pre>
 * with LR(G) the clean table's entry and f(G) the Hardy–Weinberg frequency: a weighted mean of the
 * clean table, so the class table is computed from it once per distinct clean table and the kernel
 * sums class tables exactly as it sums clean ones. O is counted incompatible when every G that could
 * show as O is. Thread-safe.
 */
final class DropoutTables {

    private final MarkerPanel panel;
    /** Per marker, P(O | G)·f(G). */
    private final double[][][] weights;
    /** Class tables by the clean table they were made from: families sharing a clean table share its class table. */
    private final Map<double[], TableInterner.Tables> byCleanTable = Collections.synchronizedMap(new IdentityHashMap<>());

    DropoutTables(MarkerPanel panel, DropoutModel model) {
        this.panel = panel;
        this.weights = new double[panel.size()][][];
        for (int k = 0; k < panel.size(); k++) {
            Marker marker = panel.marker(k);
            double[][] w = model.shownGivenTrue(marker);
            for (double[] row : w) {
                for (int g = 0; g < row.length; g++) {
                    row[g] *= marker.genotypeFrequency(g);
                }
            }
            weights[k] = w;
        }
    }

    /** The family's profile for remains of this class. */
    FamilyProfile apply(FamilyProfile clean) {
        double[][] lr = new double[panel.size()][];
        long[][] inc = new long[panel.size()][];
        for (int k = 0; k < panel.size(); k++) {
            int marker = k;
            TableInterner.Tables t = byCleanTable.computeIfAbsent(clean.log10Lr[k],
                    table -> classTables(weights[marker], table, clean.incompatible[marker]));
            lr[k] = t.log10Lr();
            inc[k] = t.incompatible();
        }
        return new FamilyProfile(clean.familyId(), clean.missingPerson(), clean.sex(), lr, inc);
    }

    private static TableInterner.Tables classTables(double[][] w, double[] clean, long[] cleanIncompatible) {
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
