package org.homeward.kinship;

/**
 * The likelihood by enumerating every assignment of ordered allele pairs to every person: the
 * definition itself, independent of the engine's elimination order, lumping and pruning.
 */
final class BruteForce {

    private BruteForce() { }

    /** P(genotypes), summed over all k^(2n) allele assignments. */
    static double likelihood(Pedigree ped, Marker m, int[] genotypes) {
        return joint(ped, m, genotypes, -1, null);
    }

    /** P(person = g | others) for every g, by enumeration. */
    static double[] distribution(Pedigree ped, Marker m, int[] genotypes, int person) {
        int[] others = genotypes.clone();
        others[person] = -1;
        double[] out = new double[m.genotypeCount()];
        double total = joint(ped, m, others, person, out);
        for (int g = 0; g < out.length; g++) {
            out[g] /= total;
        }
        return out;
    }

    private static double joint(Pedigree ped, Marker m, int[] genotypes, int query, double[] byQueryGenotype) {
        int n = ped.size();
        int k = m.alleleCount();
        double[][] male = m.mutationMatrix(Sex.MALE);
        double[][] female = m.mutationMatrix(Sex.FEMALE);
        int[] pat = new int[n];
        int[] mat = new int[n];
        long assignments = 1;
        for (int i = 0; i < 2 * n; i++) {
            assignments *= k;
        }
        double total = 0;
        for (long code = 0; code < assignments; code++) {
            long c = code;
            for (int i = 0; i < n; i++) {
                pat[i] = (int) (c % k);
                c /= k;
                mat[i] = (int) (c % k);
                c /= k;
            }
            double p = 1;
            for (int i = 0; i < n && p > 0; i++) {
                if (genotypes[i] >= 0 && Marker.genotypeIndex(pat[i], mat[i]) != genotypes[i]) {
                    p = 0;
                    break;
                }
                if (ped.isFounder(i)) {
                    p *= m.frequency(pat[i]) * m.frequency(mat[i]);
                } else {
                    int f = ped.father(i);
                    int mo = ped.mother(i);
                    p *= 0.5 * (male[pat[f]][pat[i]] + male[mat[f]][pat[i]]);
                    p *= 0.5 * (female[pat[mo]][mat[i]] + female[mat[mo]][mat[i]]);
                }
            }
            total += p;
            if (byQueryGenotype != null && p > 0) {
                byQueryGenotype[Marker.genotypeIndex(pat[query], mat[query])] += p;
            }
        }
        return total;
    }
}
