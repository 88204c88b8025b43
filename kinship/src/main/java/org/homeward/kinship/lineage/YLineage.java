package org.homeward.kinship.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.kinship.KinshipInputException;

/**
 * The Y-STR likelihood ratio for "the remains are the missing man" against "the remains are an
 * unrelated man", given a paternal-line relative m meioses from the missing man:
 * <pre>
 *   LR = P(h_R | h_rel, m) / p(h_R),   P(h_R | h_rel, m) = Π_loci Σ_σ Π_copies W_m(a_i → b_σ(i))
 * </pre>
 * where W_m is the stepwise walk of {@link StepwiseWalk} with the locus's rate, σ runs over the
 * distinct orderings of the remains' alleles at a multi-copy locus (the copies are unordered, so
 * each way of pairing them with the relative's copies is a path) and p(h_R) is the database
 * frequency of the remains' haplotype by the augmented count (x + 1)/(N + 1). Loci typed in only one of the two are left out of both the
 * product and the frequency. The numerator is P(h_rel, h_R | same line)/p(h_rel): the walk is
 * symmetric, so going up to the common ancestor and down again is a walk of m meioses.
 */
public final class YLineage {

    private final YPanel panel;

    public YLineage(YPanel panel) {
        this.panel = panel;
    }

    public YPanel panel() {
        return panel;
    }

    /** P(remains' haplotype | relative's haplotype, m meioses apart), over the loci typed in both. */
    public double transition(YHaplotype relative, YHaplotype remains, int meioses) {
        return transitionOver(relative, remains, meioses, sharedLoci(relative, remains));
    }

    /** The loci typed in both haplotypes, in panel order. */
    public List<String> sharedLoci(YHaplotype a, YHaplotype b) {
        panel.check(a);
        panel.check(b);
        List<String> shared = new ArrayList<>();
        for (YLocus locus : panel.loci()) {
            if (a.alleles().containsKey(locus.name()) && b.alleles().containsKey(locus.name())) {
                shared.add(locus.name());
            }
        }
        return shared;
    }

    /**
     * The LR of the remains against the relative, with the remains' haplotype frequency from the
     * database by the augmented count over the loci typed in both (and in the database).
     */
    public YLineageLr lr(YHaplotype remains, YHaplotype relative, int meioses, YHaplotypeDatabase database) {
        List<String> loci = comparedLoci(remains, relative, meioses, database);
        double numerator = transitionOver(relative, remains, meioses, loci);
        HaplotypeCount count = database.count(remains.over(loci));
        double frequency = count.augmentedFrequency();
        return new YLineageLr(loci, meioses, numerator, count, frequency, FrequencyMethod.AUGMENTED_COUNT, numerator / frequency);
    }

    /**
     * The LR with the remains' frequency from a discrete Laplace fit to the database; the remains and
     * the relative must be typed at every locus of the fit.
     */
    public YLineageLr lr(YHaplotype remains, YHaplotype relative, int meioses, YHaplotypeDatabase database, DiscreteLaplace fit) {
        List<String> loci = comparedLoci(remains, relative, meioses, database);
        if (!loci.equals(database.loci())) {
            throw new KinshipInputException("the discrete Laplace frequency needs the remains and the relative typed at all of "
                    + database.name() + "'s loci " + database.loci() + "; they share " + loci);
        }
        double numerator = transitionOver(relative, remains, meioses, loci);
        double frequency = fit.frequency(remains.over(loci));
        return new YLineageLr(loci, meioses, numerator, database.count(remains.over(loci)), frequency,
                FrequencyMethod.DISCRETE_LAPLACE, numerator / frequency);
    }

    private List<String> comparedLoci(YHaplotype remains, YHaplotype relative, int meioses, YHaplotypeDatabase database) {
        if (meioses < 1) {
            throw new KinshipInputException("a paternal-line relative is at least one meiosis away, not " + meioses);
        }
        List<String> loci = sharedLoci(remains, relative).stream().filter(database.loci()::contains).toList();
        if (loci.isEmpty()) {
            throw new KinshipInputException("the remains, the relative and database " + database.name() + " share no Y-STR locus");
        }
        return loci;
    }

    private double transitionOver(YHaplotype relative, YHaplotype remains, int meioses, List<String> loci) {
        Map<String, YLocus> byName = panel.byName();
        double p = 1;
        for (String locusName : loci) {
            StepwiseWalk walk = new StepwiseWalk(byName.get(locusName).mutationRate(), panel.twoStepShare());
            p *= locusTransition(walk, relative.alleles().get(locusName), remains.alleles().get(locusName), meioses);
        }
        return p;
    }

    private static double locusTransition(StepwiseWalk walk, List<YAllele> from, List<YAllele> to, int meioses) {
        double sum = 0;
        for (List<YAllele> ordering : distinctOrderings(to)) {
            double product = 1;
            for (int i = 0; i < from.size() && product > 0; i++) {
                YAllele a = from.get(i);
                YAllele b = ordering.get(i);
                product *= a.partial() == b.partial() ? walk.probability(b.repeats() - a.repeats(), meioses) : 0;
            }
            sum += product;
        }
        return sum;
    }

    /** Every distinct ordering of a sorted list (alleles repeated at a locus give one ordering each). */
    static List<List<YAllele>> distinctOrderings(List<YAllele> sorted) {
        List<List<YAllele>> out = new ArrayList<>();
        permute(new ArrayList<>(sorted), new boolean[sorted.size()], new ArrayList<>(), out);
        return out;
    }

    private static void permute(List<YAllele> items, boolean[] used, List<YAllele> current, List<List<YAllele>> out) {
        if (current.size() == items.size()) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (used[i] || (i > 0 && items.get(i).equals(items.get(i - 1)) && !used[i - 1])) {
                continue;
            }
            used[i] = true;
            current.add(items.get(i));
            permute(items, used, current, out);
            current.remove(current.size() - 1);
            used[i] = false;
        }
    }
}
