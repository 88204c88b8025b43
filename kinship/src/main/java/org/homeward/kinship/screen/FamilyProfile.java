package org.homeward.kinship.screen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        return build(familyId, pedigree, missingPerson, panel, references, interner, 0);
    }

    /** The same with the co-ancestry coefficient θ in the LR tables (see {@link ThetaTables}); θ = 0 is the above. */
    static FamilyProfile build(String familyId, Pedigree pedigree, String missingPerson, MarkerPanel panel,
                               Map<String, Profile> references, TableInterner interner, double theta) {
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
        int markers = panel.size();
        double[][] lr = new double[markers][];
        long[][] inc = new long[markers][];
        int[][] genotypes = new int[markers][];
        for (int k = 0; k < markers; k++) {
            try {
                genotypes[k] = Likelihoods.genotypeIndexes(pedigree, panel.marker(k), references);
            } catch (KinshipInputException e) {
                problems.add("family '" + familyId + "': " + e.getMessage());
            }
        }
        // All markers' lookups first, back to back: in a large memo each one waits on memory, and the
        // processor overlaps those waits only when no computation stands between them.
        TableInterner.Structure structure = interner.structure(pedigree, mp);
        TableInterner.Tables[] tables = new TableInterner.Tables[markers];
        for (int k = 0; k < markers; k++) {
            if (genotypes[k] != null) {
                tables[k] = interner.known(structure, k, genotypes[k]);
            }
        }
        for (int k = 0; k < markers; k++) {
            if (genotypes[k] == null) {
                continue;
            }
            Marker marker = panel.marker(k);
            int[] g = genotypes[k];
            TableInterner.Tables t = tables[k];
            if (t == null) {
                try {
                    t = interner.share(structure, k, g, compute(pedigree, mp, marker, g, references, theta));
                } catch (KinshipInputException e) {
                    problems.add("family '" + familyId + "' at " + marker.name() + " with θ " + theta + ": " + e.getMessage());
                    continue;
                }
            }
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
    private static TableInterner.Tables compute(Pedigree pedigree, int mp, Marker marker, int[] genotypes,
                                                Map<String, Profile> references, double theta) {
        double[] posterior;
        try {
            posterior = Likelihoods.genotypeDistribution(pedigree, marker, genotypes, mp);
        } catch (KinshipInputException impossible) {
            return null;
        }
        int gc = marker.genotypeCount();
        double[] table = new double[gc + 1];
        // Genotype indexes run b(b+1)/2 + a for a ≤ b, so walking (b, a) visits them in order without
        // decoding each. Same expression as ReferenceFamily.log10Lr (Marker.genotypeFrequency), so
        // screening and direct LRs agree to the bit.
        for (int b = 0, g = 0; b < marker.alleleCount(); b++) {
            for (int a = 0; a <= b; a++, g++) {
                double f = a == b ? marker.frequency(a) * marker.frequency(a) : 2 * marker.frequency(a) * marker.frequency(b);
                table[g] = posterior[g] == 0 ? Double.NEGATIVE_INFINITY : Math.log10(posterior[g] / f);
            }
        }
        table[gc] = 0; // not typed: LR 1
        if (theta > 0) {
            table = ThetaTables.log10Lr(pedigree, mp, marker, references, theta);
        }
        // When the references themselves need a mutation, nothing is counted as incompatible.
        boolean[] compatible = Likelihoods.mendelianCompatible(pedigree, marker, genotypes, mp);
        long[] bits = new long[(gc + 64) / 64];
        if (referencesConsistent(compatible)) {
            for (int g = 0; g < gc; g++) {
                if (!compatible[g]) {
                    bits[g >>> 6] |= 1L << g;
                }
            }
        }
        return new TableInterner.Tables(table, bits);
    }

    private static boolean referencesConsistent(boolean[] compatible) {
        for (boolean c : compatible) {
            if (c) {
                return true;
            }
        }
        return false;
    }

    /** log10 LR at marker m for genotype index g (the exact engine's value). */
    public double log10Lr(int m, int g) {
        return log10Lr[m][g];
    }

    /** True when genotype g at marker m cannot be the missing person's without a mutation. */
    public boolean incompatible(int m, int g) {
        return (incompatible[m][g >>> 6] & (1L << g)) != 0;
    }

    /** First bytes of a stored profile ("HWFP") and the layout's version. */
    private static final int MAGIC = 0x48574650;
    private static final short FORMAT = 1;

    /**
     * The profile as bytes, for storing it across restarts: the model key of the panel it was built
     * with (see {@link MarkerPanel#modelKey()}), the ids and sex, then per marker the log10 LR table and
     * the incompatibility bits, bit for bit. About 8 bytes per genotype (≈ 18 KB at 21 STRs).
     */
    byte[] toBytes(long modelKey) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 8 * 2400);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeShort(FORMAT);
            out.writeLong(modelKey);
            out.writeUTF(familyId);
            out.writeUTF(missingPerson);
            out.writeByte(sex.ordinal());
            out.writeShort(log10Lr.length);
            for (int m = 0; m < log10Lr.length; m++) {
                out.writeInt(log10Lr[m].length);
                for (double v : log10Lr[m]) {
                    out.writeDouble(v);
                }
                out.writeShort(incompatible[m].length);
                for (long w : incompatible[m]) {
                    out.writeLong(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * A profile from {@link #toBytes}, its tables shared through the interner.
     *
     * @throws KinshipInputException when the bytes are not a stored profile, or were stored for another
     *                               model key than the screening's (the profile must then be built again)
     */
    static FamilyProfile fromBytes(byte[] stored, long modelKey, MarkerPanel panel, TableInterner interner) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            if (in.readInt() != MAGIC || in.readShort() != FORMAT) {
                throw new KinshipInputException("these bytes are not a stored family profile of this version");
            }
            long key = in.readLong();
            String familyId = in.readUTF();
            String missingPerson = in.readUTF();
            if (key != modelKey) {
                throw new KinshipInputException("the stored profile of family '" + familyId + "' was built for another model"
                        + " (markers, frequencies or mutation rates have changed): build it again");
            }
            Sex sex = Sex.values()[in.readByte()];
            int markers = in.readShort();
            if (markers != panel.size()) {
                throw new KinshipInputException("the stored profile of family '" + familyId + "' has " + markers
                        + " markers, the screening " + panel.size());
            }
            double[][] lr = new double[markers][];
            long[][] inc = new long[markers][];
            for (int m = 0; m < markers; m++) {
                double[] table = new double[in.readInt()];
                if (table.length != panel.marker(m).genotypeCount() + 1) {
                    throw new KinshipInputException("the stored profile of family '" + familyId + "' does not fit marker "
                            + panel.marker(m).name());
                }
                for (int g = 0; g < table.length; g++) {
                    table[g] = in.readDouble();
                }
                long[] bits = new long[in.readShort()];
                for (int w = 0; w < bits.length; w++) {
                    bits[w] = in.readLong();
                }
                lr[m] = interner.intern(m, table);
                inc[m] = interner.internBits(m, bits);
            }
            if (in.read() != -1) {
                throw new KinshipInputException("the stored profile of family '" + familyId + "' has trailing bytes");
            }
            return new FamilyProfile(familyId, missingPerson, sex, lr, inc);
        } catch (IOException | ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new KinshipInputException("these bytes are not a complete stored family profile");
        }
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
