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
        double[][] ordered = ped.isFounder(person)
                ? shape.asParent(p, male, female)
                : shape.asChild(p, male, female);
        if (ordered == null) {
            return null;
        }
        int k = p.length;
        // Genotype {a, b} (a ≤ b) has index b(b+1)/2 + a, so this walk fills the genotypes in order,
        // each from its two ordered cells at once.
        double[] out = new double[marker.genotypeCount()];
        double total = 0;
        for (int b = 0, g = 0; b < k; b++, g++) {
            double[] row = ordered[b];
            for (int a = 0; a < b; a++, g++) {
                double both = ordered[a][b] + row[a];
                out[g] = both;
                total += both;
            }
            out[g] = row[b];
            total += row[b];
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

        /** Ordered (paternal, maternal) weights of a person who has parents in the pedigree, or null. */
        double[][] asChild(double[] p, double[][] male, double[][] female) {
            int father = ped.father(person);
            int mother = ped.mother(person);
            placed[person] = true;
            double[][] fatherSide = parentWeights(father, p, male, female);
            double[][] motherSide = parentWeights(mother, p, male, female);
            if (fatherSide == null || motherSide == null) {
                return null;
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
                        return null;
                    }
                }
                placed[i] = true;
                sibs[count++] = i;
            }
            if (!allPlaced()) {
                return null;
            }
            int phased = 0;
            for (int s = 0; s < count; s++) {
                int g = genotypes[sibs[s]];
                phased += Marker.lowerAllele(g) != Marker.upperAllele(g) ? 1 : 0;
            }
            if (phased > MAX_PHASED_SIBLINGS) {
                return null;
            }
            int k = p.length;
            double[][] ordered = new double[k][k];
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
                for (int x = 0; x < k; x++) {
                    double a = w * vf[x];
                    if (a == 0) {
                        continue;
                    }
                    double[] row = ordered[x];
                    for (int y = 0; y < k; y++) {
                        row[y] += a * vm[y];
                    }
                }
            }
            return ordered;
        }

        /** Ordered (x, y) weights of a founder person with typed children (whose other parents are founders), or null. */
        double[][] asParent(double[] p, double[][] male, double[][] female) {
            placed[person] = true;
            int n = ped.size();
            int k = p.length;
            double[][] ordered = new double[k][k];
            for (int x = 0; x < k; x++) {
                for (int y = 0; y < k; y++) {
                    ordered[x][y] = p[x] * p[y];
                }
            }
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
                    for (int y = 0; y < k; y++) {
                        double l = (0.5 * own[x][lo] + 0.5 * own[y][lo]) * viaLo;
                        if (viaHi != 0) {
                            l += (0.5 * own[x][hi] + 0.5 * own[y][hi]) * viaHi;
                        }
                        ordered[x][y] *= l;
                    }
                }
            }
            return allPlaced() ? ordered : null;
        }
    }
}
