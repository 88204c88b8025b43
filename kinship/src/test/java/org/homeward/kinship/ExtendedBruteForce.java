package org.homeward.kinship;

import java.util.Map;

/**
 * The extended model's likelihood by its definition: enumerate every person's paternal and maternal
 * haplotype (a man on X has only the maternal one) over all the markers' alleles, and add up the
 * product of the founder factor (one θ sequence over all founders' alleles, in pedigree order, or
 * Hardy–Weinberg with inbreeding), the transmission factors and the observation factors. Nothing
 * pruned, lumped or eliminated.
 */
public final class ExtendedBruteForce {

    private ExtendedBruteForce() { }

    static double likelihood(Pedigree ped, InheritanceUnit unit, Observation[][] obs,
                             Map<String, FounderInbreeding> inbreeding, double theta) {
        int[] noTwins = new int[ped.size()];
        java.util.Arrays.fill(noTwins, -1);
        return likelihood(ped, unit, obs, inbreeding, noTwins, new DropoutModel[ped.size()], theta);
    }

    /** With monozygotic twins: coTwin[i] is the person whose haplotypes i carries, or −1; dropout[i] the model of i's sample, or null. */
    public static double likelihood(Pedigree ped, InheritanceUnit unit, Observation[][] obs,
                             Map<String, FounderInbreeding> inbreeding, int[] coTwin, DropoutModel[] dropout, double theta) {
        int n = ped.size();
        boolean x = unit.chromosome() == Chromosome.X;
        Marker m0 = unit.markers().get(0);
        Marker m1 = unit.isLinkedPair() ? unit.markers().get(1) : null;
        int k1 = m1 == null ? 1 : m1.alleleCount();
        int haps = m0.alleleCount() * k1;
        int[] pat = new int[n];
        int[] mat = new int[n];
        int vars = 0;
        for (int i = 0; i < n; i++) {
            vars += x && ped.sex(i) == Sex.MALE ? 1 : 2;
        }
        long total = 1;
        for (int v = 0; v < vars; v++) {
            total *= haps;
        }
        double sum = 0;
        for (long code = 0; code < total; code++) {
            long c = code;
            for (int i = 0; i < n; i++) {
                pat[i] = -1;
                if (!(x && ped.sex(i) == Sex.MALE)) {
                    pat[i] = (int) (c % haps);
                    c /= haps;
                }
                mat[i] = (int) (c % haps);
                c /= haps;
            }
            double p = founders(ped, x, pat, mat, m0, m1, k1, inbreeding, theta, unit.chromosome());
            for (int i = 0; i < n && p > 0; i++) {
                for (int m = 0; m < obs[i].length; m++) {
                    Marker marker = m == 0 ? m0 : m1;
                    String silent = unit.silentAlleles().get(marker.name());
                    int s = silent == null ? -1 : marker.alleleIndex(silent);
                    Observation o = obs[i][m];
                    if (o != null && dropout[i] != null) {
                        int a = marker.alleleIndex(o.allele());
                        int b = o.other() == null ? a : marker.alleleIndex(o.other());
                        p *= dropout[i].shown(a, b, pat[i] < 0 ? mat[i] : allele(pat[i], m, k1),
                                pat[i] < 0 ? -1 : allele(mat[i], m, k1), marker.frequencies());
                    } else if (o != null && !observed(o, marker, s, allele(pat[i], m, k1), allele(mat[i], m, k1))) {
                        p = 0;
                    }
                }
                if (p == 0 || ped.isFounder(i)) {
                    continue;
                }
                if (coTwin[i] >= 0) {
                    p *= pat[i] == pat[coTwin[i]] && mat[i] == mat[coTwin[i]] ? 1 : 0;
                    continue;
                }
                int f = ped.father(i);
                int mo = ped.mother(i);
                if (pat[i] >= 0) {
                    p *= x ? pass(mat[f], mat[f], pat[i], m0, m1, k1, Sex.MALE, 0)
                            : pass(pat[f], mat[f], pat[i], m0, m1, k1, Sex.MALE, unit.recombinationRate());
                }
                p *= pass(pat[mo], mat[mo], mat[i], m0, m1, k1, Sex.FEMALE, unit.recombinationRate());
            }
            sum += p;
        }
        return sum;
    }

    /** A marker for enumeration: {@code alleles} alleles named 10, 11, … with random frequencies, mutation on both sides. */
    public static Marker smallMarker(java.util.Random rnd, String name, int alleles) {
        return smallMarker(rnd, name, alleles, MutationModel.equal(0.01), MutationModel.proportional(0.02));
    }

    /** The same with the given mutation models. */
    public static Marker smallMarker(java.util.Random rnd, String name, int alleles, MutationModel female, MutationModel male) {
        Marker.Builder b = Marker.builder(name);
        double[] w = new double[alleles];
        double s = 0;
        for (int i = 0; i < alleles; i++) {
            w[i] = 0.2 + rnd.nextDouble();
            s += w[i];
        }
        for (int i = 0; i < alleles; i++) {
            b.allele(String.valueOf(10 + i), w[i] / s);
        }
        return b.femaleMutation(female).maleMutation(male).build();
    }

    private static int allele(int hap, int m, int k1) {
        return hap < 0 ? -1 : m == 0 ? hap / k1 : hap % k1;
    }

    private static boolean observed(Observation o, Marker marker, int silent, int p, int q) {
        int a = marker.alleleIndex(o.allele());
        return switch (o.kind()) {
            case HEMIZYGOUS -> q == a;
            case ONE_UNOBSERVED -> p == a || q == a;
            case PAIR -> {
                int b = marker.alleleIndex(o.other());
                boolean masked = a == b && silent >= 0 && ((p == a && q == silent) || (p == silent && q == a));
                yield (p == a && q == b) || (p == b && q == a) || masked;
            }
        };
    }

    private static double freq(int hap, Marker m0, Marker m1, int k1) {
        return m0.frequency(hap / k1) * (m1 == null ? 1 : m1.frequency(hap % k1));
    }

    private static double founders(Pedigree ped, boolean x, int[] pat, int[] mat, Marker m0, Marker m1, int k1,
                                   Map<String, FounderInbreeding> inbreeding, double theta, Chromosome chromosome) {
        double p = 1;
        int drawn = 0;
        int[] counts = new int[m0.alleleCount() * k1];
        for (int i = 0; i < ped.size(); i++) {
            if (!ped.isFounder(i)) {
                continue;
            }
            if (theta > 0) {
                for (int h : pat[i] < 0 ? new int[] {mat[i]} : new int[] {pat[i], mat[i]}) {
                    p *= (counts[h] * theta + (1 - theta) * freq(h, m0, m1, k1)) / (1 + (drawn - 1) * theta);
                    counts[h]++;
                    drawn++;
                }
            } else if (pat[i] < 0) {
                p *= freq(mat[i], m0, m1, k1);
            } else {
                double f = inbreeding.getOrDefault(ped.id(i), FounderInbreeding.NONE).on(chromosome);
                p *= (pat[i] == mat[i] ? f * freq(pat[i], m0, m1, k1) : 0)
                        + (1 - f) * freq(pat[i], m0, m1, k1) * freq(mat[i], m0, m1, k1);
            }
        }
        return p;
    }

    /** P(child haplotype c | parent haplotypes h1, h2): recombination, then each allele mutates. */
    private static double pass(int h1, int h2, int c, Marker m0, Marker m1, int k1, Sex parent, double rho) {
        double[][] a = m0.mutationMatrix(parent);
        if (m1 == null) {
            return 0.5 * (a[h1][c] + a[h2][c]);
        }
        double[][] b = m1.mutationMatrix(parent);
        int a1 = h1 / k1;
        int b1 = h1 % k1;
        int a2 = h2 / k1;
        int b2 = h2 % k1;
        int x = c / k1;
        int y = c % k1;
        return (1 - rho) / 2 * (a[a1][x] * b[b1][y] + a[a2][x] * b[b2][y])
                + rho / 2 * (a[a1][x] * b[b2][y] + a[a2][x] * b[b1][y]);
    }
}
