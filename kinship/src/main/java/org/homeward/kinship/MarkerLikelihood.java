package org.homeward.kinship;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact likelihood of one marker's genotypes on a pedigree, by variable elimination on the allele
 * network: every person contributes a paternal and a maternal allele variable; founders' alleles are
 * drawn from the frequencies; a child's paternal allele is one of the father's two alleles, chosen
 * with probability ½ each, then passed through the father's-sex mutation matrix (likewise for the
 * mother). Typed persons constrain their two allele variables to their genotype.
 *
 * <p>This is Elston–Stewart peeling generalised to any pedigree: the elimination order is chosen
 * greedily (smallest intermediate table first), which peels a nuclear family at a time on simple
 * pedigrees and stays exact on loops, where a plain peeling sequence would need loop breaking.
 *
 * <p>What keeps large families fast: persons who are neither typed, queried nor ancestors of such
 * persons sum out to 1 and are dropped before any work; typed persons' alleles range over their own
 * genotype only (genotype elimination); and, when the mutation model is lumpable (none, equal,
 * proportional), every allele seen in nobody is merged into one "other" allele, which is exact.
 */
final class MarkerLikelihood {

    /** log P(data) and, when a person was queried, P(that person's genotype = g | data) for every g. */
    record Result(double logLikelihood, double[] posterior) { }

    private MarkerLikelihood() { }

    /**
     * @param genotypes genotype index per person (pedigree order), −1 when untyped
     * @param query     a person whose genotype distribution is wanted, or −1
     */
    static Result compute(Pedigree ped, Marker marker, int[] genotypes, int query) {
        return compute(ped, marker, genotypes, query, false);
    }

    /**
     * @param lumpQuery also lump the queried person's alleles, spreading the "other" allele's mass in
     *                  proportion to the frequencies: fast, and right about which genotypes are possible
     *                  (though not about their probabilities unless the model is none or proportional)
     */
    static Result compute(Pedigree ped, Marker marker, int[] genotypes, int query, boolean lumpQuery) {
        int n = ped.size();
        boolean[] keep = relevantPersons(ped, genotypes, query);
        AlleleSpace space = AlleleSpace.of(marker, genotypes, query < 0 || lumpQuery);
        int k = space.size();

        // An untyped person has two variables: 2i, the paternal allele, and 2i + 1, the maternal one.
        // A typed person has one, 2i: the phase of the genotype {a, b} (0: a from the father, 1: b
        // from the father), so that a typed child links its two parents' sides through a variable
        // of size 2 rather than two allele variables, and the elimination order stays cheap.
        int[] card = new int[2 * n];
        int[][] typedAlleles = new int[n][];
        for (int i = 0; i < n; i++) {
            if (!keep[i]) {
                continue;
            }
            int g = genotypes[i];
            if (g >= 0) {
                int a = space.code(Marker.lowerAllele(g));
                int b = space.code(Marker.upperAllele(g));
                typedAlleles[i] = new int[] {a, b};
                card[2 * i] = a == b ? 1 : 2;
            } else {
                card[2 * i] = k;
                card[2 * i + 1] = k;
            }
        }
        // An untyped founder with a single relevant child passes on an allele distributed as p·M:
        // summing out the founder's two alleles in closed form avoids a k³ transmission table.
        boolean[] collapsed = new boolean[n];
        int[] relevantChildren = keptChildren(ped, keep);
        for (int i = 0; i < n; i++) {
            collapsed[i] = keep[i] && ped.isFounder(i) && genotypes[i] < 0 && i != query && relevantChildren[i] == 1;
        }
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!keep[i] || collapsed[i]) {
                continue;
            }
            if (ped.isFounder(i)) {
                if (typedAlleles[i] != null) {
                    double v = space.freqs[typedAlleles[i][0]] * space.freqs[typedAlleles[i][1]];
                    factors.add(new Factor(new int[] {2 * i}, new int[] {card[2 * i]}, card[2 * i] == 1 ? new double[] {v} : new double[] {v, v}));
                } else {
                    factors.add(new Factor(new int[] {2 * i}, new int[] {k}, space.freqs.clone()));
                    factors.add(new Factor(new int[] {2 * i + 1}, new int[] {k}, space.freqs.clone()));
                }
            } else {
                factors.add(transmission(i, 0, ped.father(i), collapsed, typedAlleles, card, space, space.male));
                factors.add(transmission(i, 1, ped.mother(i), collapsed, typedAlleles, card, space, space.female));
            }
        }
        boolean[] isVariable = new boolean[2 * n];
        int remaining = 0;
        for (int i = 0; i < n; i++) {
            if (!keep[i] || collapsed[i]) {
                continue;
            }
            isVariable[2 * i] = true;
            isVariable[2 * i + 1] = typedAlleles[i] == null;
            if (i != query) {
                remaining += typedAlleles[i] == null ? 2 : 1;
            }
        }

        double logScale = eliminate(factors, isVariable, card, query, remaining);
        if (logScale == Double.NEGATIVE_INFINITY) {
            return new Result(Double.NEGATIVE_INFINITY, null);
        }
        Factor last = Factor.productSumOut(factors.toArray(Factor[]::new), factors.size(), -1, card);
        if (query < 0) {
            double v = last.values[0];
            return new Result(v == 0 ? Double.NEGATIVE_INFINITY : logScale + Math.log(v), null);
        }
        return queryResult(last, query, marker, space, logScale);
    }

    /**
     * Sums out {@code remaining} variables (all but the query's) from {@code factors}, in place, smallest
     * intermediate table first, scaling each product to a largest entry of 1. Returns the log of the
     * scale taken out, or −∞ when the factors' product is 0 everywhere.
     */
    static double eliminate(List<Factor> factors, boolean[] isVariable, int[] card, int query, int remaining) {
        double logScale = 0;
        boolean[] eliminated = new boolean[isVariable.length];
        Factor[] scratch = new Factor[factors.size() + 1];
        for (int left = remaining; left > 0; left--) {
            int best = pickVariable(factors, isVariable, eliminated, query, card);
            int count = 0;
            for (int f = factors.size() - 1; f >= 0; f--) {
                if (factors.get(f).contains(best)) {
                    scratch[count++] = factors.remove(f);
                }
            }
            Factor product = Factor.productSumOut(scratch, count, best, card);
            double max = normalise(product);
            if (max == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            logScale += Math.log(max);
            factors.add(product);
            eliminated[best] = true;
        }
        return logScale;
    }

    private static Result queryResult(Factor last, int query, Marker marker, AlleleSpace space, double logScale) {
        int pat = 2 * query;
        int mat = pat + 1;
        int sp = last.stride(pat);
        int sm = last.stride(mat);
        double total = 0;
        for (double v : last.values) {
            total += v;
        }
        if (total == 0) {
            return new Result(Double.NEGATIVE_INFINITY, null);
        }
        double[] posterior = new double[marker.genotypeCount()];
        int k = space.size();
        int n = marker.alleleCount();
        if (!space.isLumped()) {
            for (int x = 0; x < k; x++) {
                for (int y = 0; y < k; y++) {
                    posterior[Marker.genotypeIndex(x, y)] += last.values[x * sp + y * sm] / total;
                }
            }
            return new Result(logScale + Math.log(total), posterior);
        }
        for (int x = 0; x < k; x++) {
            for (int y = 0; y < k; y++) {
                double v = last.values[x * sp + y * sm] / total;
                if (v == 0) {
                    continue;
                }
                for (int a = 0; a < n; a++) {
                    double wa = space.share(a, x);
                    if (wa == 0) {
                        continue;
                    }
                    for (int b = 0; b < n; b++) {
                        double wb = space.share(b, y);
                        if (wb != 0) {
                            posterior[Marker.genotypeIndex(a, b)] += v * wa * wb;
                        }
                    }
                }
            }
        }
        return new Result(logScale + Math.log(total), posterior);
    }

    /** Per person, how many of its children are kept. */
    static int[] keptChildren(Pedigree ped, boolean[] keep) {
        int[] children = new int[ped.size()];
        for (int i = 0; i < ped.size(); i++) {
            if (keep[i] && !ped.isFounder(i)) {
                children[ped.father(i)]++;
                children[ped.mother(i)]++;
            }
        }
        return children;
    }

    /** Typed persons, the queried person, and all their ancestors; the rest sums out to 1. */
    private static boolean[] relevantPersons(Pedigree ped, int[] genotypes, int query) {
        int n = ped.size();
        boolean[] keep = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            if (genotypes[i] >= 0 || i == query) {
                keep[i] = true;
            }
            if (keep[i] && !ped.isFounder(i)) {
                keep[ped.father(i)] = true;
                keep[ped.mother(i)] = true;
            }
        }
        return keep;
    }

    /** The variable whose elimination makes the smallest table (ties: lowest id, for reproducibility). */
    private static int pickVariable(List<Factor> factors, boolean[] isVariable, boolean[] eliminated, int query, int[] card) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        int[] union = new int[64];
        for (int v = 0; v < eliminated.length; v++) {
            if (eliminated[v] || !isVariable[v] || v / 2 == query) {
                continue;
            }
            int u = 0;
            double cost = 1;
            for (Factor f : factors) {
                if (!f.contains(v)) {
                    continue;
                }
                for (int w : f.vars) {
                    boolean seen = false;
                    for (int q = 0; q < u; q++) {
                        if (union[q] == w) {
                            seen = true;
                            break;
                        }
                    }
                    if (!seen) {
                        if (u == union.length) {
                            union = Arrays.copyOf(union, 2 * u);
                        }
                        union[u++] = w;
                        cost *= card[w];
                    }
                }
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = v;
            }
        }
        return best;
    }

    /**
     * The factor for child c's allele from one parent (side 0: paternal, from the father through the
     * male matrix; side 1: maternal). Its variables are the parent's alleles when the parent is
     * untyped and not collapsed (none otherwise: a typed parent transmits either of two known
     * alleles whatever its phase), then the child's allele or, for a typed child, its phase.
     * Entry: ½ M[parent's paternal allele][x] + ½ M[parent's maternal allele][x].
     */
    private static Factor transmission(int c, int side, int parent, boolean[] collapsed, int[][] typedAlleles,
                                       int[] card, AlleleSpace space, double[][] m) {
        int k = space.size();
        int childVar = typedAlleles[c] != null ? 2 * c : 2 * c + side;
        int childCard = card[childVar];
        int[] childAllele = new int[childCard];
        for (int x = 0; x < childCard; x++) {
            // For a typed child, phase 0 gives the father the lower allele and the mother the upper one.
            childAllele[x] = typedAlleles[c] == null ? x : typedAlleles[c][(x + side) % 2];
        }
        if (collapsed[parent]) {
            double[] t = space.transmittedByUntypedFounder(m);
            double[] v = new double[childCard];
            for (int x = 0; x < childCard; x++) {
                v[x] = t[childAllele[x]];
            }
            return new Factor(new int[] {childVar}, new int[] {childCard}, v);
        }
        if (typedAlleles[parent] != null) {
            int a = typedAlleles[parent][0];
            int b = typedAlleles[parent][1];
            double[] v = new double[childCard];
            for (int x = 0; x < childCard; x++) {
                v[x] = 0.5 * (m[a][childAllele[x]] + m[b][childAllele[x]]);
            }
            return new Factor(new int[] {childVar}, new int[] {childCard}, v);
        }
        double[] v = new double[k * k * childCard];
        int cell = 0;
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                for (int x = 0; x < childCard; x++) {
                    v[cell++] = 0.5 * (m[p][childAllele[x]] + m[q][childAllele[x]]);
                }
            }
        }
        return new Factor(new int[] {2 * parent, 2 * parent + 1, childVar}, new int[] {k, k, childCard}, v);
    }

    /** Divides the factor by its largest entry and returns that entry; intermediate tables never underflow. */
    private static double normalise(Factor f) {
        double max = 0;
        for (double v : f.values) {
            max = Math.max(max, v);
        }
        if (max > 0 && max != 1) {
            for (int i = 0; i < f.values.length; i++) {
                f.values[i] /= max;
            }
        }
        return max;
    }

    /**
     * The alleles the computation distinguishes. Either all of the marker's alleles, or (when the
     * mutation model is lumpable and no genotype distribution is wanted) the alleles typed in
     * somebody plus one "other" allele standing for all the rest.
     */
    static final class AlleleSpace {
        final double[] freqs;
        final double[][] male;
        final double[][] female;
        private final int[] codeOf;
        private final double[] originalFreqs;

        private AlleleSpace(double[] freqs, double[][] male, double[][] female, int[] codeOf, double[] originalFreqs) {
            this.freqs = freqs;
            this.male = male;
            this.female = female;
            this.codeOf = codeOf;
            this.originalFreqs = originalFreqs;
        }

        boolean isLumped() {
            return freqs.length != originalFreqs.length;
        }

        /** The share of code c's mass that falls on original allele a: 1 for a distinguished allele, p_a / p_other within "other". */
        double share(int a, int c) {
            if (codeOf[a] != c) {
                return 0;
            }
            return freqs.length == originalFreqs.length ? 1 : originalFreqs[a] / freqs[c];
        }

        int size() { return freqs.length; }

        /** The distribution of the allele an untyped founder transmits: Σ_a p_a M[a][x]. */
        double[] transmittedByUntypedFounder(double[][] m) {
            double[] out = new double[freqs.length];
            for (int a = 0; a < freqs.length; a++) {
                for (int x = 0; x < freqs.length; x++) {
                    out[x] += freqs[a] * m[a][x];
                }
            }
            return out;
        }

        int code(int allele) { return codeOf[allele]; }

        static AlleleSpace of(Marker marker, int[] genotypes, boolean mayLump) {
            int n = marker.alleleCount();
            double[] p = marker.frequencies();
            AlleleSpace full = new AlleleSpace(p, marker.maleMatrix(), marker.femaleMatrix(), identity(n), p);
            if (!mayLump) {
                return full;
            }
            boolean[] seen = new boolean[n];
            for (int g : genotypes) {
                if (g >= 0) {
                    seen[Marker.lowerAllele(g)] = true;
                    seen[Marker.upperAllele(g)] = true;
                }
            }
            return lumped(marker, seen, full);
        }

        /**
         * The alleles {@code seen} kept apart and all others merged into one "other" allele when the
         * mutation model allows it exactly (none, equal, proportional); else every allele.
         */
        static AlleleSpace lumpedOrFull(Marker marker, boolean[] seen) {
            double[] p = marker.frequencies();
            return lumped(marker, seen, new AlleleSpace(p, marker.maleMatrix(), marker.femaleMatrix(), identity(p.length), p));
        }

        private static AlleleSpace lumped(Marker marker, boolean[] seen, AlleleSpace full) {
            int n = marker.alleleCount();
            double[] p = marker.frequencies();
            int distinct = 0;
            for (boolean b : seen) {
                distinct += b ? 1 : 0;
            }
            if (n - distinct < 2) {
                return full;
            }
            int[] codeOf = new int[n];
            int next = 0;
            for (int a = 0; a < n; a++) {
                if (seen[a]) {
                    codeOf[a] = next++;
                }
            }
            int other = distinct;
            for (int a = 0; a < n; a++) {
                if (!seen[a]) {
                    codeOf[a] = other;
                }
            }
            double[][] male = lump(marker.maleMatrix(), seen, codeOf, distinct + 1);
            double[][] female = marker.femaleMatrix() == marker.maleMatrix() ? male
                    : lump(marker.femaleMatrix(), seen, codeOf, distinct + 1);
            if (male == null || female == null) {
                return full;
            }
            double[] q = new double[distinct + 1];
            for (int a = 0; a < n; a++) {
                q[codeOf[a]] += p[a];
            }
            return new AlleleSpace(q, male, female, codeOf, p);
        }

        /** The lumped matrix, or null when the unseen alleles' rows do not agree (the model is not lumpable). */
        private static double[][] lump(double[][] m, boolean[] seen, int[] codeOf, int k) {
            int n = m.length;
            double[][] out = new double[k][k];
            double[] ref = null;
            for (int i = 0; i < n; i++) {
                double[] row = new double[k];
                for (int j = 0; j < n; j++) {
                    row[codeOf[j]] += m[i][j];
                }
                if (seen[i]) {
                    out[codeOf[i]] = row;
                } else if (ref == null) {
                    ref = row;
                    out[k - 1] = row;
                } else {
                    for (int c = 0; c < k; c++) {
                        if (Math.abs(row[c] - ref[c]) > 1e-12) {
                            return null;
                        }
                    }
                }
            }
            return out;
        }

        private static int[] identity(int n) {
            int[] id = new int[n];
            for (int i = 0; i < n; i++) {
                id[i] = i;
            }
            return id;
        }
    }
}
