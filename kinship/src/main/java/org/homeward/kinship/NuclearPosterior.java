package org.homeward.kinship;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A person's genotype distribution in closed form for the shapes nearly every family has: the
 * person's parents (each typed, untyped, or untyped with typed or untyped founder parents of their
 * own) with any typed full and half siblings, or a founder person with typed children and their
 * other parents. The same numbers as {@link MarkerLikelihood} (to rounding: summed in another order)
 * in O(k²) per sibling phase instead of the k⁴ joint table of two untyped parents.
 *
 * <p>Why it is exact: given both parents' ordered genotypes, the children's alleles are independent,
 * and a typed child's phase decides which of its alleles came from which parent. For each choice of
 * the typed siblings' phases, the father's side and the mother's side therefore factor:
 * P(x, y) ∝ Σ_phases w · V_father(x) · V_mother(y), where V sums the parent's genotype (f1, f2) out
 * against the alleles it must have passed on, V(x) = Σ u(f1) v(f2) Π_a t(a) · t(x) with
 * t(z) = ½ M[f1][z] + ½ M[f2][z]. Because t is symmetric in f1 and f2, that double sum is two
 * k² passes rather than a k³ one.
 *
 * <p>Anything else (loops, typed grandchildren, relatives linked through a second untyped person)
 * returns null and goes to the general engine.
 */
final class NuclearPosterior {

    private static final int MAX_PHASED_SIBLINGS = 6;
    private static final ConcurrentHashMap<Integer, double[][]> IDENTITY = new ConcurrentHashMap<>();

    private NuclearPosterior() { }

    /**
     * P(person's genotype = g | the others' genotypes) by genotype index, or null when the pedigree
     * around this person has another shape or the others' genotypes are impossible.
     *
     * @param mendelian no mutation at all (a Mendelian check), whatever the marker's models
     */
    static double[] posterior(Pedigree ped, Marker marker, int[] genotypes, int person, boolean mendelian) {
        double[][] male = mendelian ? identity(marker.alleleCount()) : marker.maleMatrix();
        double[][] female = mendelian ? male : marker.femaleMatrix();
        Shape shape = new Shape(ped, marker, male, genotypes, person, mendelian);
        double[] p = marker.frequencies();
        double[] out;
        if (ped.isFounder(person)) {
            out = shape.asParent(p, male, female);
        } else {
            Weights sum = new Weights(p.length);
            out = shape.asChild(p, male, female, sum) ? sum.genotypes() : null;
        }
        if (out == null) {
            return null;
        }
        double total = 0;
        for (double v : out) {
            total += v;
        }
        if (!(total > 0)) {
            return null;
        }
        double scale = 1 / total; // one division, not one per genotype: the same values to an ulp
        for (int g = 0; g < out.length; g++) {
            out[g] *= scale;
        }
        return out;
    }

    /**
     * Which genotypes the person could have if no mutation ever happened, by genotype index (all false
     * when the others' genotypes are themselves inconsistent without mutation), or null when the
     * pedigree around this person has another shape. The same as {@code posterior(…, true)[g] > 0}, but
     * for a child read off the parents' sides' supports (a few alleles each) instead of summing k² cells.
     */
    static boolean[] compatible(Pedigree ped, Marker marker, int[] genotypes, int person) {
        double[][] identity = identity(marker.alleleCount());
        Shape shape = new Shape(ped, marker, identity, genotypes, person, true);
        double[] p = marker.frequencies();
        boolean[] out = new boolean[marker.genotypeCount()];
        if (ped.isFounder(person)) {
            double[] weights = shape.asParent(p, identity, identity);
            if (weights == null) {
                return null;
            }
            for (int g = 0; g < out.length; g++) {
                out[g] = weights[g] > 0;
            }
            return out;
        }
        return shape.asChild(p, identity, identity, new Support(out, p.length)) ? out : null;
    }

    private static double[][] identity(int k) {
        return IDENTITY.computeIfAbsent(k, n -> {
            double[][] m = new double[n][n];
            for (int i = 0; i < n; i++) {
                m[i][i] = 1;
            }
            return m;
        });
    }

    /** The relevant persons (typed, the queried person and their ancestors) and how many relevant children each has. */
    private static final class Shape {
        final Pedigree ped;
        final FounderSides founderSides;
        /** The matrix of transmissions from fathers: tells the founder caches which sex's matrix they are given. */
        final double[][] maleMatrix;
        final int[] genotypes;
        final int person;
        final boolean[] keep;
        final int[] relevantChildren;
        final boolean[] placed;
        /** No mutation: the transmission matrices are the identity. */
        final boolean mendelian;

        Shape(Pedigree ped, Marker marker, double[][] maleMatrix, int[] genotypes, int person, boolean mendelian) {
            this.ped = ped;
            this.maleMatrix = maleMatrix;
            this.founderSides = marker.founderSides;
            this.mendelian = mendelian;
            this.genotypes = genotypes;
            this.person = person;
            int n = ped.size();
            keep = new boolean[n];
            for (int i = n - 1; i >= 0; i--) {
                if (genotypes[i] >= 0 || i == person) {
                    keep[i] = true;
                }
                if (keep[i] && !ped.isFounder(i)) {
                    keep[ped.father(i)] = true;
                    keep[ped.mother(i)] = true;
                }
            }
            relevantChildren = new int[n];
            for (int i = 0; i < n; i++) {
                if (keep[i] && !ped.isFounder(i)) {
                    relevantChildren[ped.father(i)]++;
                    relevantChildren[ped.mother(i)]++;
                }
            }
            placed = new boolean[n];
        }

        boolean typed(int i) {
            return genotypes[i] >= 0;
        }

        /** True when every relevant person has a place in the shape; typed founders without relevant children stand apart (a constant). */
        boolean allPlaced() {
            for (int i = 0; i < keep.length; i++) {
                if (keep[i] && !placed[i] && !(ped.isFounder(i) && relevantChildren[i] == 0 && i != person)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The distribution of the allele a founder passes on through matrix m (typed: ½ M[a] + ½ M[b];
         * untyped: Σ p_a M[a]), or null when it is not a founder, or untyped and the parent of another
         * relevant person too (a typed founder's transmissions are independent given its genotype).
         */
        double[] transmitted(int founder, double[] p, double[][] m) {
            if (!ped.isFounder(founder) || (!typed(founder) && relevantChildren[founder] != 1)) {
                return null;
            }
            placed[founder] = true;
            if (!typed(founder)) {
                return founderSides.passedOn(p, m, m == maleMatrix, mendelian);
            }
            int k = p.length;
            double[] out = new double[k];
            int a = Marker.lowerAllele(genotypes[founder]);
            int b = Marker.upperAllele(genotypes[founder]);
            for (int x = 0; x < k; x++) {
                out[x] = 0.5 * m[a][x] + 0.5 * m[b][x];
            }
            return out;
        }

        /** A parent's side (see {@link ParentSide}), shared across families when the parent is an untyped founder. */
        double[] side(int parent, double[][] weights, double[][] m, int[] passed, int count) {
            if (!typed(parent) && ped.isFounder(parent)) {
                return founderSides.side(weights[0], m, m == maleMatrix, mendelian, passed, count);
            }
            if (typed(parent) && count == 0) {
                return founderSides.typedSide(genotypes[parent], weights[0], weights[1], m, m == maleMatrix, mendelian);
            }
            return ParentSide.side(weights[0], weights[1], m, mendelian, passed, count);
        }

        /**
         * The weights u(f1), v(f2) of a parent's ordered genotype (paternal f1, maternal f2), or null:
         * typed, a point mass; an untyped founder, the frequencies; untyped with founder parents
         * whose only relevant child this parent is, what those parents pass on.
         */
        double[][] parentWeights(int parent, double[] p, double[][] male, double[][] female) {
            placed[parent] = true;
            int k = p.length;
            if (typed(parent)) {
                int a = Marker.lowerAllele(genotypes[parent]);
                int b = Marker.upperAllele(genotypes[parent]);
                if (!ped.isFounder(parent)) {
                    // The parent's own parents only weigh its known genotype: a constant, unless it is impossible.
                    double[] u = transmitted(ped.father(parent), p, male);
                    double[] v = transmitted(ped.mother(parent), p, female);
                    if (u == null || v == null || !(u[a] * v[b] + u[b] * v[a] > 0)) {
                        return null;
                    }
                }
                double[] u = new double[k];
                double[] v = new double[k];
                u[a] = 1;
                v[b] = 1;
                return new double[][] {u, v};
            }
            if (ped.isFounder(parent)) {
                return new double[][] {p, p};
            }
            double[] u = transmitted(ped.father(parent), p, male);
            double[] v = transmitted(ped.mother(parent), p, female);
            return u == null || v == null ? null : new double[][] {u, v};
        }

        /**
         * Hands each phase combination's weight and parents' sides of a person who has parents in the
         * pedigree to {@code into}; false (nothing handed) when the pedigree has another shape.
         */
        boolean asChild(double[] p, double[][] male, double[][] female, Sink into) {
            int father = ped.father(person);
            int mother = ped.mother(person);
            placed[person] = true;
            double[][] fatherSide = parentWeights(father, p, male, female);
            double[][] motherSide = parentWeights(mother, p, male, female);
            if (fatherSide == null || motherSide == null) {
                return false;
            }
            int n = ped.size();
            int[] sibs = new int[n];
            double[][] otherParent = new double[n][];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (!keep[i] || placed[i] || ped.isFounder(i) || !typed(i) || relevantChildren[i] != 0) {
                    continue;
                }
                boolean viaFather = ped.father(i) == father;
                boolean viaMother = ped.mother(i) == mother;
                if (!viaFather && !viaMother) {
                    continue;
                }
                if (!viaFather || !viaMother) {
                    otherParent[i] = viaFather ? transmitted(ped.mother(i), p, female)
                            : transmitted(ped.father(i), p, male);
                    if (otherParent[i] == null) {
                        return false;
                    }
                }
                placed[i] = true;
                sibs[count++] = i;
            }
            if (!allPlaced()) {
                return false;
            }
            int phased = 0;
            for (int s = 0; s < count; s++) {
                int g = genotypes[sibs[s]];
                phased += Marker.lowerAllele(g) != Marker.upperAllele(g) ? 1 : 0;
            }
            if (phased > MAX_PHASED_SIBLINGS) {
                return false;
            }
            int[] fromFather = new int[count];
            int[] fromMother = new int[count];
            for (int combo = 0; combo < 1 << phased; combo++) {
                int nf = 0;
                int nm = 0;
                double w = 1;
                for (int s = 0, bit = 0; s < count; s++) {
                    int i = sibs[s];
                    int lo = Marker.lowerAllele(genotypes[i]);
                    int hi = Marker.upperAllele(genotypes[i]);
                    boolean swap = lo != hi && (combo >> bit++ & 1) == 1;
                    int pat = swap ? hi : lo;
                    int mat = swap ? lo : hi;
                    if (ped.father(i) == father) {
                        fromFather[nf++] = pat;
                    } else {
                        w *= otherParent[i][pat];
                    }
                    if (ped.mother(i) == mother) {
                        fromMother[nm++] = mat;
                    } else {
                        w *= otherParent[i][mat];
                    }
                }
                if (w == 0) {
                    continue;
                }
                double[] vf = side(father, fatherSide, male, fromFather, nf);
                double[] vm = side(mother, motherSide, female, fromMother, nm);
                into.add(w, vf, vm);
            }
            return true;
        }

        /**
         * Unnormalized weights by genotype index of a founder person with typed children (whose other
         * parents are founders), or null. Each ordered cell (x, y) equals (y, x) to the bit (its
         * factors are symmetric sums and products), so only a ≤ b is computed and a heterozygote's
         * two cells are its one doubled, exactly as summing both.
         */
        double[] asParent(double[] p, double[][] male, double[][] female) {
            placed[person] = true;
            int n = ped.size();
            int k = p.length;
            double[] out = new double[k * (k + 1) / 2];
            for (int b = 0, g = 0; b < k; b++) {
                for (int a = 0; a <= b; a++, g++) {
                    out[g] = p[a] * p[b];
                }
            }
            double[] halfLo = new double[k];
            double[] halfHi = new double[k];
            for (int c = 0; c < n; c++) {
                if (!keep[c] || ped.isFounder(c) || (ped.father(c) != person && ped.mother(c) != person)) {
                    continue;
                }
                if (!typed(c) || relevantChildren[c] != 0) {
                    return null;
                }
                boolean isFather = ped.father(c) == person;
                double[][] own = isFather ? male : female;
                double[] other = isFather ? transmitted(ped.mother(c), p, female)
                        : transmitted(ped.father(c), p, male);
                if (other == null) {
                    return null;
                }
                placed[c] = true;
                int lo = Marker.lowerAllele(genotypes[c]);
                int hi = Marker.upperAllele(genotypes[c]);
                // The child's allele from this person is lo (the other parent gave hi) or hi (when heterozygous).
                double viaLo = other[hi];
                double viaHi = lo == hi ? 0 : other[lo];
                for (int x = 0; x < k; x++) {
                    halfLo[x] = 0.5 * own[x][lo];
                    halfHi[x] = 0.5 * own[x][hi];
                }
                for (int b = 0, g = 0; b < k; b++) {
                    for (int a = 0; a <= b; a++, g++) {
                        double l = (halfLo[a] + halfLo[b]) * viaLo;
                        if (viaHi != 0) {
                            l += (halfHi[a] + halfHi[b]) * viaHi;
                        }
                        out[g] *= l;
                    }
                }
            }
            if (!allPlaced()) {
                return null;
            }
            for (int b = 0, g = 0; b < k; b++, g++) {
                for (int a = 0; a < b; a++, g++) {
                    out[g] += out[g];
                }
            }
            return out;
        }
    }

    /** Receives each phase combination of {@link Shape#asChild}: its weight w and the father's and mother's sides. */
    private interface Sink {
        void add(double w, double[] father, double[] mother);
    }

    /**
     * Σ w · father ⊗ mother over the combinations, kept in genotype order as the ordered k × k table's
     * two cells per genotype, (a, b) in {@code low} and (b, a) in {@code high}, each summed in the
     * same order as that table was, then added as the table was folded: the same numbers to the bit,
     * without the table.
     */
    private static final class Weights implements Sink {
        private final double[] low;
        private final double[] high;
        private final double[] scaled;

        Weights(int k) {
            low = new double[k * (k + 1) / 2];
            high = new double[low.length];
            scaled = new double[k];
        }

        @Override
        public void add(double w, double[] father, double[] mother) {
            int k = scaled.length;
            for (int x = 0; x < k; x++) {
                scaled[x] = w * father[x];
            }
            for (int b = 0, g = 0; b < k; b++, g++) {
                double fb = scaled[b];
                double mb = mother[b];
                for (int a = 0; a < b; a++, g++) {
                    low[g] += scaled[a] * mb;
                    high[g] += fb * mother[a];
                }
                low[g] += fb * mb;
            }
        }

        /** The unnormalized weights by genotype index. */
        double[] genotypes() {
            int k = scaled.length;
            for (int b = 0, g = 0; b < k; b++, g++) {
                for (int a = 0; a < b; a++, g++) {
                    low[g] += high[g];
                }
            }
            return low;
        }
    }

    /** Marks the genotypes some combination gives a positive weight: pairs of the sides' supports (no mutation: a few alleles each). */
    private static final class Support implements Sink {
        private final boolean[] out;
        private final int[] fromFather;
        private final int[] fromMother;

        Support(boolean[] out, int k) {
            this.out = out;
            fromFather = new int[k];
            fromMother = new int[k];
        }

        @Override
        public void add(double w, double[] father, double[] mother) {
            int nf = 0;
            int nm = 0;
            for (int x = 0; x < father.length; x++) {
                if (w * father[x] > 0) {
                    fromFather[nf++] = x;
                }
                if (mother[x] > 0) {
                    fromMother[nm++] = x;
                }
            }
            for (int i = 0; i < nf; i++) {
                for (int j = 0; j < nm; j++) {
                    out[Marker.genotypeIndex(fromFather[i], fromMother[j])] = true;
                }
            }
        }
    }
}
