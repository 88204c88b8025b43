package org.homeward.kinship.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Likelihoods;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

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
final class FamilyProfile {

    private final String familyId;
    private final String missingPerson;
    private final Sex sex;
    final double[][] log10Lr;
    final long[][] incompatible;

    FamilyProfile(String familyId, String missingPerson, Sex sex, double[][] log10Lr, long[][] incompatible) {
        this.familyId = familyId;
        this.missingPerson = missingPerson;
        this.sex = sex;
        this.log10Lr = log10Lr;
        this.incompatible = incompatible;
    }

    public String familyId() { return familyId; }

    public String missingPerson() { return missingPerson; }

    /** The missing person's sex as the pedigree records it. */
    public Sex sex() { return sex; }

    /**
     * Computes the profile with the exact engine, once with the markers' mutation models (the LRs)
     * and once without (the Mendelian incompatibilities).
     */
    public static FamilyProfile build(String familyId, Pedigree pedigree, String missingPerson, MarkerPanel panel,
                                      Map<String, Profile> references, TableInterner interner) {
        int mp = pedigree.indexOf(missingPerson);
        List<String> problems = new ArrayList<>();
        if (mp < 0) {
            problems.add("family '" + familyId + "': the missing person '" + missingPerson + "' is not in the pedigree");
        }
        for (String person : references.keySet()) {
            if (pedigree.indexOf(person) < 0) {
                problems.add("family '" + familyId + "': reference '" + person + "' is not in the pedigree");
            } else if (person.equals(missingPerson)) {
                problems.add("family '" + familyId + "': the missing person cannot also be a typed reference");
            }
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        double[][] lr = new double[panel.size()][];
        long[][] inc = new long[panel.size()][];
        for (int k = 0; k < panel.size(); k++) {
            Marker marker = panel.marker(k);
            int[] genotypes;
            try {
                genotypes = Likelihoods.genotypeIndexes(pedigree, marker, references);
            } catch (KinshipInputException e) {
                problems.add("family '" + familyId + "': " + e.getMessage());
                continue;
            }
            TableInterner.Tables t = interner.tables(pedigree, mp, k, genotypes, () -> compute(pedigree, mp, marker, genotypes));
            if (t == null) {
                problems.add("family '" + familyId + "': the references' genotypes at " + marker.name()
                        + " are impossible on this pedigree under its mutation model");
                continue;
            }
            lr[k] = t.log10Lr();
            inc[k] = t.incompatible();
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        return new FamilyProfile(familyId, missingPerson, pedigree.sex(mp), lr, inc);
    }

    /** The exact tables for one marker, or null when the references are impossible. */
    private static TableInterner.Tables compute(Pedigree pedigree, int mp, Marker marker, int[] genotypes) {
        double[] posterior;
        try {
            posterior = Likelihoods.genotypeDistribution(pedigree, marker, genotypes, mp);
        } catch (KinshipInputException impossible) {
            return null;
        }
        int gc = marker.genotypeCount();
        double[] table = new double[gc + 1];
        for (int g = 0; g < gc; g++) {
            // Same expression as ReferenceFamily.log10Lr, so screening and direct LRs agree to the bit.
            table[g] = posterior[g] == 0 ? Double.NEGATIVE_INFINITY : Math.log10(posterior[g] / marker.genotypeFrequency(g));
        }
        table[gc] = 0; // not typed: LR 1
        // When the references themselves need a mutation, nothing is counted as incompatible.
        boolean[] compatible = Likelihoods.mendelianCompatible(pedigree, marker, genotypes, mp);
        boolean referencesConsistent = false;
        for (boolean c : compatible) {
            referencesConsistent |= c;
        }
        long[] bits = new long[(gc + 64) / 64];
        for (int g = 0; g < gc; g++) {
            if (referencesConsistent && !compatible[g]) {
                bits[g >>> 6] |= 1L << g;
            }
        }
        return new TableInterner.Tables(table, bits);
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
