package org.homeward.kinship;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An autosomal marker: its alleles with population frequencies and the female and male mutation
 * models. Immutable. Alleles are identified by their index in {@link #alleles()}; an unordered
 * genotype {a, b} by the single index {@link #genotypeIndex(int, int)}. Labels exist only here, at
 * the edge; the engine works with indexes.
 */
public final class Marker {

    /** The allele name off-ladder calls carry; it must be mapped to a named allele before use. */
    public static final String OFF_LADDER = "OL";

    private final String name;
    private final String[] alleles;
    private final double[] freqs;
    private final Map<String, Integer> index;
    private final MutationModel female;
    private final MutationModel male;
    private final double[][] femaleMatrix;
    private final double[][] maleMatrix;
    /** Untyped founders' contributions, shared by every family screened at this marker. */
    final FounderSides founderSides = new FounderSides();

    /** Trusting constructor: the builder has checked everything. */
    private Marker(String name, String[] alleles, double[] freqs, MutationModel female, MutationModel male) {
        this.name = name;
        this.alleles = alleles;
        this.freqs = freqs;
        this.index = new HashMap<>(alleles.length * 2);
        for (int i = 0; i < alleles.length; i++) {
            index.put(alleles[i], i);
        }
        this.female = female;
        this.male = male;
        this.femaleMatrix = female.matrix(alleles, freqs);
        this.maleMatrix = male.equals(female) ? femaleMatrix : male.matrix(alleles, freqs);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A marker with no mutation model from an ordered allele → frequency map. */
    public static Marker of(String name, Map<String, Double> frequencies) {
        return builder(name).alleles(frequencies).build();
    }

    public String name() { return name; }

    public int alleleCount() { return alleles.length; }

    public String allele(int i) { return alleles[i]; }

    /** A copy of the allele names, in index order. */
    public String[] alleles() { return alleles.clone(); }

    public double frequency(int i) { return freqs[i]; }

    /** A copy of the frequencies, in allele index order. */
    public double[] frequencies() { return freqs.clone(); }

    public double frequencySum() {
        double s = 0;
        for (double f : freqs) {
            s += f;
        }
        return s;
    }

    public MutationModel femaleMutation() { return female; }

    public MutationModel maleMutation() { return male; }

    /** Index of the allele, or −1 when the table does not list it. */
    public int alleleIndex(String allele) {
        Integer i = index.get(allele);
        return i == null ? -1 : i;
    }

    /** Index of the allele; a clear error for an allele absent from the table or an off-ladder call. */
    public int requireAllele(String allele) {
        int i = alleleIndex(allele);
        if (i < 0) {
            if (OFF_LADDER.equalsIgnoreCase(allele)) {
                throw new KinshipInputException("off-ladder allele '" + allele + "' at marker " + name
                        + " must be mapped to a named allele before it can be used");
            }
            throw new KinshipInputException("allele '" + allele + "' is not in the frequency table of marker "
                    + name + " (choose a rare-allele policy to add it at a minimum frequency)");
        }
        return i;
    }

    /** Number of unordered genotypes, n(n+1)/2. */
    public int genotypeCount() {
        return alleles.length * (alleles.length + 1) / 2;
    }

    /** The genotype index of two allele names, in either order. */
    public int genotypeIndex(String a, String b) {
        return genotypeIndex(requireAllele(a), requireAllele(b));
    }

    /**
     * The index of the unordered genotype {a, b}: with a ≤ b it is b(b+1)/2 + a, so genotypes are
     * ordered 0/0, 0/1, 1/1, 0/2, 1/2, 2/2, … and the genotypes of the first k alleles come first.
     */
    public static int genotypeIndex(int a, int b) {
        return a <= b ? b * (b + 1) / 2 + a : a * (a + 1) / 2 + b;
    }

    /** The larger allele index of genotype g. */
    public static int upperAllele(int g) {
        int b = (int) ((Math.sqrt(8.0 * g + 1) - 1) / 2);
        while (b * (b + 1) / 2 > g) {
            b--;
        }
        while ((b + 1) * (b + 2) / 2 <= g) {
            b++;
        }
        return b;
    }

    /** The smaller allele index of genotype g. */
    public static int lowerAllele(int g) {
        int b = upperAllele(g);
        return g - b * (b + 1) / 2;
    }

    /** Hardy–Weinberg probability of genotype g: p² for a homozygote, 2pq otherwise. */
    public double genotypeFrequency(int g) {
        int a = lowerAllele(g);
        int b = upperAllele(g);
        return a == b ? freqs[a] * freqs[a] : 2 * freqs[a] * freqs[b];
    }

    /** The genotype as text, e.g. {@code 14/16}. */
    public String genotypeLabel(int g) {
        return alleles[lowerAllele(g)] + "/" + alleles[upperAllele(g)];
    }

    /** Transition matrix for transmissions from fathers (row: father's allele, column: child's). Do not modify. */
    double[][] maleMatrix() { return maleMatrix; }

    /** Transition matrix for transmissions from mothers. Do not modify. */
    double[][] femaleMatrix() { return femaleMatrix; }

    /** A copy of the transition matrix for transmissions from a parent of this sex. */
    public double[][] mutationMatrix(Sex parentSex) {
        double[][] m = parentSex == Sex.FEMALE ? femaleMatrix : maleMatrix;
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }

    /** Largest deviation from stationarity of the two models (0 when both keep the frequencies). */
    public double stationarityDeviation() {
        return Math.max(MutationModel.stationarityDeviation(femaleMatrix, freqs),
                MutationModel.stationarityDeviation(maleMatrix, freqs));
    }

    /** True when neither sex's model ever changes an allele. */
    public boolean hasNoMutation() {
        return female.isTrivial() && male.isTrivial();
    }

    /** This marker with the same alleles and frequencies and no mutation model. */
    public Marker withoutMutation() {
        if (hasNoMutation()) {
            return this;
        }
        return new Marker(name, alleles, freqs, MutationModel.NONE, MutationModel.NONE);
    }

    /**
     * This marker with the given alleles added at {@code frequency} each and then every frequency
     * divided by the new total, so that they sum to what they summed to before. The caller states
     * this renormalisation in its report: it is the rare-allele policy "minimum allele frequency".
     */
    public Marker withRareAlleles(Collection<String> newAlleles, double frequency) {
        if (!(frequency > 0 && frequency < 1)) {
            throw new KinshipInputException("rare-allele frequency " + frequency + " is outside (0, 1)");
        }
        Map<String, Double> all = new LinkedHashMap<>();
        for (int i = 0; i < alleles.length; i++) {
            all.put(alleles[i], freqs[i]);
        }
        double before = frequencySum();
        for (String a : newAlleles) {
            if (OFF_LADDER.equalsIgnoreCase(a)) {
                throw new KinshipInputException("off-ladder allele '" + a + "' at marker " + name
                        + " must be mapped to a named allele before it can be used");
            }
            all.putIfAbsent(a, frequency);
        }
        double after = all.values().stream().mapToDouble(Double::doubleValue).sum();
        all.replaceAll((k, v) -> v * before / after);
        return builder(name).alleles(all).femaleMutation(female).maleMutation(male).build();
    }

    @Override
    public String toString() {
        return "Marker[" + name + ", " + alleles.length + " alleles, female " + female + ", male " + male + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Marker m && name.equals(m.name) && Arrays.equals(alleles, m.alleles)
                && Arrays.equals(freqs, m.freqs) && female.equals(m.female) && male.equals(m.male);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(freqs);
    }

    /** Collects alleles and models, then checks everything at once in {@link #build()}. */
    public static final class Builder {
        private final String name;
        private final List<String> alleleNames = new ArrayList<>();
        private final List<Double> frequencies = new ArrayList<>();
        private MutationModel female = MutationModel.NONE;
        private MutationModel male = MutationModel.NONE;

        private Builder(String name) {
            this.name = name;
        }

        public Builder allele(String allele, double frequency) {
            alleleNames.add(allele);
            frequencies.add(frequency);
            return this;
        }

        public Builder alleles(Map<String, Double> frequencies) {
            frequencies.forEach(this::allele);
            return this;
        }

        public Builder femaleMutation(MutationModel model) {
            this.female = model;
            return this;
        }

        public Builder maleMutation(MutationModel model) {
            this.male = model;
            return this;
        }

        /** The same model for both sexes. */
        public Builder mutation(MutationModel model) {
            return femaleMutation(model).maleMutation(model);
        }

        public Marker build() {
            List<String> problems = new ArrayList<>();
            if (name == null || name.isBlank()) {
                problems.add("a marker has no name");
            }
            String label = "marker " + name;
            if (alleleNames.isEmpty()) {
                problems.add(label + " has no alleles");
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < alleleNames.size(); i++) {
                String a = alleleNames.get(i);
                double f = frequencies.get(i);
                if (a == null || a.isBlank()) {
                    problems.add(label + ": allele " + (i + 1) + " has no name");
                    continue;
                }
                if (OFF_LADDER.equalsIgnoreCase(a)) {
                    problems.add(label + ": '" + a + "' is an off-ladder call, not an allele name");
                }
                if (seen.put(a, i) != null) {
                    problems.add(label + ": allele '" + a + "' is listed twice");
                }
                if (!(f > 0 && f <= 1)) {
                    problems.add(label + ": allele '" + a + "' has frequency " + f + ", outside (0, 1]");
                }
            }
            if (female == null || male == null) {
                problems.add(label + ": a mutation model is missing (use MutationModel.NONE)");
            }
            if (!problems.isEmpty()) {
                throw new KinshipInputException(problems);
            }
            String[] a = alleleNames.toArray(String[]::new);
            double[] f = frequencies.stream().mapToDouble(Double::doubleValue).toArray();
            try {
                return new Marker(name, a, f, female, male);
            } catch (KinshipInputException e) {
                throw new KinshipInputException(e.problems().stream().map(p -> label + ": " + p).toList());
            }
        }
    }

}
