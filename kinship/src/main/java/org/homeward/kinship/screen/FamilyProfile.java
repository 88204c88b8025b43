package org.homeward.kinship.screen;

import java.util.Arrays;
import java.util.Map;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Likelihoods;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.ReferenceFamily;

/**
 * A family's missing person reduced to what screening needs: per marker, the log10 LR of every
 * genotype the remains could have (the engine's genotype distribution given the typed relatives,
 * mutation models included, divided by the genotype's population frequency), and which genotypes
 * are incompatible with the references without mutation.
 *
 * <p>Memory: one double per genotype per marker (about 2,200 for 21 STRs, 18 KiB), shared between
 * families whose tables are equal (families with the same reference configuration and genotypes at
 * a marker); see {@link TableInterner}.
 */
public final class FamilyProfile {

    private final String familyId;
    private final String missingPerson;
    final double[][] log10Lr;
    final long[][] incompatible;

    FamilyProfile(String familyId, String missingPerson, double[][] log10Lr, long[][] incompatible) {
        this.familyId = familyId;
        this.missingPerson = missingPerson;
        this.log10Lr = log10Lr;
        this.incompatible = incompatible;
    }

    public String familyId() { return familyId; }

    public String missingPerson() { return missingPerson; }

    /**
     * Computes the profile with the exact engine, once with the markers' mutation models (the LRs)
     * and once without (the Mendelian incompatibilities).
     */
    public static FamilyProfile build(String familyId, Pedigree pedigree, String missingPerson, MarkerPanel panel,
                                      Map<String, Profile> references, TableInterner interner) {
        ReferenceFamily family = ReferenceFamily.prepare(pedigree, missingPerson, panel.markers(), references);
        int mp = pedigree.indexOf(missingPerson);
        double[][] lr = new double[panel.size()][];
        long[][] inc = new long[panel.size()][];
        for (int k = 0; k < panel.size(); k++) {
            Marker marker = panel.marker(k);
            int gc = marker.genotypeCount();
            double[] table = new double[gc + 1];
            for (int g = 0; g < gc; g++) {
                table[g] = family.log10Lr(k, g);
            }
            table[gc] = 0; // not typed: LR 1
            long[] bits = new long[(gc + 64) / 64];
            double[] mendelian = marker.hasNoMutation() ? null
                    : mendelianDistribution(pedigree, mp, withoutMutation(marker), references);
            for (int g = 0; g < gc; g++) {
                boolean impossible = mendelian == null ? table[g] == Double.NEGATIVE_INFINITY && marker.hasNoMutation()
                        : mendelian[g] == 0;
                if (impossible) {
                    bits[g >>> 6] |= 1L << g;
                }
            }
            lr[k] = interner.intern(k, table);
            inc[k] = interner.internBits(k, bits);
        }
        return new FamilyProfile(familyId, missingPerson, lr, inc);
    }

    /**
     * The missing person's genotype distribution with mutation switched off, or null when the
     * references themselves need a mutation at this marker (then no genotype is counted as incompatible).
     */
    private static double[] mendelianDistribution(Pedigree pedigree, int mp, Marker marker, Map<String, Profile> references) {
        try {
            return Likelihoods.genotypeDistribution(pedigree, marker, Likelihoods.genotypeIndexes(pedigree, marker, references), mp);
        } catch (KinshipInputException referencesNeedAMutation) {
            return null;
        }
    }

    private static Marker withoutMutation(Marker m) {
        Marker.Builder b = Marker.builder(m.name());
        String[] a = m.alleles();
        double[] f = m.frequencies();
        for (int i = 0; i < a.length; i++) {
            b.allele(a[i], f[i]);
        }
        return b.build();
    }

    /** log10 LR at marker m for genotype index g (the exact engine's value). */
    public double log10Lr(int m, int g) {
        return log10Lr[m][g];
    }

    /** True when genotype g at marker m cannot be the missing person's without a mutation. */
    public boolean incompatible(int m, int g) {
        return (incompatible[m][g >>> 6] & (1L << g)) != 0;
    }

    @Override
    public String toString() {
        return "FamilyProfile[" + familyId + ", missing " + missingPerson + ", " + log10Lr.length + " markers]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FamilyProfile f && familyId.equals(f.familyId) && missingPerson.equals(f.missingPerson)
                && Arrays.deepEquals(log10Lr, f.log10Lr);
    }

    @Override
    public int hashCode() {
        return familyId.hashCode();
    }
}
