package org.homeward.kinship;

/**
 * A single-contributor sample's allele dropout and drop-in model (issue 18 item 3): each allele of a
 * heterozygote drops out independently with probability {@code dropout}; a homozygote's allele with
 * {@code homozygousDropout} (by default dropout²); then, with probability {@code dropIn}, one allele
 * drawn from the population frequencies drops in (one already shown stays invisible). The shown
 * alleles O given the true genotype G are then
 *
 * <pre>
 *   P(O | G) = Σ_{S ⊆ G} P(S survives | G) · [ (1 − c)·[S = O] + c · Σ_z p_z·[S ∪ {z} = O] ]
 * </pre>
 * with P(S | a/b) = (1 − d)^|S| d^(2 − |S|) and P({a} | a/a) = 1 − d₂, P(∅ | a/a) = d₂.
 */
public record DropoutModel(double dropout, double homozygousDropout, double dropIn) {

    public DropoutModel {
        if (!(dropout >= 0 && dropout < 1) || !(homozygousDropout >= 0 && homozygousDropout < 1) || !(dropIn >= 0 && dropIn < 1)) {
            throw new KinshipInputException("dropout and drop-in probabilities must lie in [0, 1), got dropout " + dropout
                    + ", homozygote dropout " + homozygousDropout + ", drop-in " + dropIn);
        }
    }

    /** Homozygote dropout defaulting to dropout². */
    public static DropoutModel of(double dropout, double dropIn) {
        return new DropoutModel(dropout, dropout * dropout, dropIn);
    }

    /**
     * The autosomal matrix {@code P[O][G]} = P(the sample shows genotype O | its true genotype is G) over
     * the marker's genotype indexes ({@link Marker#genotypeIndex(int, int)}; a homozygote index O means
     * one allele shown). Nothing shown is not a row: an untyped marker contributes no factor.
     */
    public double[][] shownGivenTrue(Marker marker) {
        double[][] m = new double[marker.genotypeCount()][];
        for (int o = 0; o < m.length; o++) {
            m[o] = shownGivenTrue(marker, o);
        }
        return m;
    }

    /** One row of {@link #shownGivenTrue(Marker)}: P(the sample shows genotype index {@code shown} | G) for every G. */
    public double[] shownGivenTrue(Marker marker, int shown) {
        double[] p = marker.frequencies();
        double[] row = new double[marker.genotypeCount()];
        for (int g = 0; g < row.length; g++) {
            row[g] = shown(Marker.lowerAllele(shown), Marker.upperAllele(shown), Marker.lowerAllele(g), Marker.upperAllele(g), p);
        }
        return row;
    }

    /**
     * P(the shown alleles are {a, b} (a = b: only a shown) | true alleles x, y), on allele codes with
     * frequencies p; for a man on X (one allele x) pass y = −1: his allele drops out with {@code dropout}.
     */
    double shown(int a, int b, int x, int y, double[] p) {
        double total = 0;
        int[] alleles = y < 0 ? new int[] {x} : x == y ? new int[] {x} : new int[] {x, y};
        double keep = y >= 0 && x == y ? 1 - homozygousDropout : 1 - dropout;
        double lose = y >= 0 && x == y ? homozygousDropout : dropout;
        for (int mask = 0; mask < 1 << alleles.length; mask++) {
            double ps = 1;
            int s1 = -1;
            int s2 = -1;
            for (int j = 0; j < alleles.length; j++) {
                if ((mask & 1 << j) != 0) {
                    ps *= keep;
                    if (s1 < 0) {
                        s1 = alleles[j];
                    } else {
                        s2 = alleles[j];
                    }
                } else {
                    ps *= lose;
                }
            }
            total += ps * ((1 - dropIn) * (equalsShown(s1, s2, a, b) ? 1 : 0) + dropIn * dropIn(s1, s2, a, b, p));
        }
        return total;
    }

    /** Σ_z p_z·[S ∪ {z} = {a, b}] for the surviving alleles S = {s1, s2} (−1 for none). */
    private static double dropIn(int s1, int s2, int a, int b, double[] p) {
        double sum = 0;
        for (int z = 0; z < p.length; z++) {
            int t1 = s1;
            int t2 = s2;
            if (t1 < 0) {
                t1 = z;
            } else if (t1 != z && (t2 < 0 || t2 == z)) {
                t2 = z;
            } else if (t1 != z && t2 != z) {
                continue;
            }
            if (equalsShown(t1, t2, a, b)) {
                sum += p[z];
            }
        }
        return sum;
    }

    /** The set {s1, s2} (−1 absent) equals the shown set {a, b}. */
    private static boolean equalsShown(int s1, int s2, int a, int b) {
        if (s1 < 0) {
            return false;
        }
        int t2 = s2 < 0 ? s1 : s2;
        return (s1 == a && t2 == b) || (s1 == b && t2 == a);
    }
}
