package org.homeward.kinship.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleFunction;

import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Pedigree;

/**
 * What a typed line relative's haplotype can do for a missing person (issue 18 item 5, lineage part),
 * by seeded simulation. The true remains are drawn given the relative: for Y-STRs each copy walks m
 * meioses, each meiosis a step drawn from {@link StepwiseWalk}'s distribution; for mtDNA (no mutation
 * model) they carry the relative's haplotype, so that distribution is a single value. Unrelated
 * persons are drawn from the database in proportion to the counts. For both, the lineage LR against
 * the relative is computed as in casework, and the distribution summarised in log10 (an excluded
 * mtDNA comparison has LR 0, log10 −∞).
 *
 * @param relative                 the typed relative on the missing person's line
 * @param meioses                  meioses between them, from the pedigree
 * @param simulations              simulated remains of each kind
 * @param seed                     the seed that reproduces them
 * @param meanLog10Lr              mean log10 LR of the true remains
 * @param lowLog10Lr               its 5th percentile
 * @param medianLog10Lr            its median
 * @param highLog10Lr              its 95th percentile
 * @param threshold                the LR threshold asked about
 * @param probabilityAboveThreshold share of true remains with LR ≥ threshold
 * @param unrelatedAboveThreshold  share of unrelated persons with LR ≥ threshold
 * @param unrelatedBelowOne        share of unrelated persons with LR < 1 (for mtDNA: excluded or inconclusive)
 */
public record LineagePower(String relative, int meioses, int simulations, long seed, double meanLog10Lr, double lowLog10Lr,
        double medianLog10Lr, double highLog10Lr, double threshold, double probabilityAboveThreshold,
        double unrelatedAboveThreshold, double unrelatedBelowOne) {

    /** Y-STR power for the missing man given a paternal-line relative's haplotype. */
    public static LineagePower yStr(YLineage lineage, YHaplotypeDatabase database, Pedigree pedigree, String missing,
            String relative, YHaplotype relativeHaplotype, int simulations, long seed, double threshold) {
        int m = meioses(Lines.paternalMeioses(pedigree, missing, relative), missing, relative, "paternal");
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, YLocus> loci = lineage.panel().byName();
        double[] truth = new double[simulations];
        for (int s = 0; s < simulations; s++) {
            Map<String, List<YAllele>> walked = new TreeMap<>();
            relativeHaplotype.alleles().forEach((locus, alleles) -> walked.put(locus,
                    alleles.stream().map(a -> walk(a, loci.get(locus).mutationRate(), lineage.panel().twoStepShare(), m, random)).toList()));
            truth[s] = lineage.lr(new YHaplotype(walked), relativeHaplotype, m, database).lr();
        }
        double[] unrelated = draws(database.entries(), YHaplotypeDatabase.Entry::count, simulations, random).stream()
                .mapToDouble(e -> lineage.lr(e.haplotype(), relativeHaplotype, m, database).lr()).toArray();
        return summary(relative, m, simulations, seed, threshold, truth, unrelated);
    }

    /** mtDNA power for the missing person given a maternal-line relative's haplotype. */
    public static LineagePower mtDna(MtHaplotypeDatabase database, Pedigree pedigree, String missing, String relative,
            MtHaplotype relativeHaplotype, int simulations, long seed, double threshold) {
        int m = meioses(Lines.maternalMeioses(pedigree, missing, relative), missing, relative, "maternal");
        SplittableRandom random = new SplittableRandom(seed);
        double[] truth = new double[simulations];
        Arrays.fill(truth, mtLr(relativeHaplotype, relativeHaplotype, database));
        double[] unrelated = draws(database.entries(), MtHaplotypeDatabase.Entry::count, simulations, random).stream()
                .mapToDouble(e -> mtLr(e.haplotype(), relativeHaplotype, database)).toArray();
        return summary(relative, m, simulations, seed, threshold, truth, unrelated);
    }

    private static double mtLr(MtHaplotype remains, MtHaplotype relative, MtHaplotypeDatabase database) {
        return MtLineageEvidence.of(remains, relative, database).statistic().map(MtLineageEvidence.Statistic::lr).orElse(0.0);
    }

    private static int meioses(OptionalInt meioses, String missing, String relative, String line) {
        return meioses.orElseThrow(() -> new KinshipInputException(relative + " is not on " + missing + "'s " + line + " line"));
    }

    private static YAllele walk(YAllele allele, double rate, double twoStepShare, int meioses, SplittableRandom random) {
        int repeats = allele.repeats();
        for (int k = 0; k < meioses; k++) {
            double u = random.nextDouble();
            if (u < rate) {
                int size = random.nextDouble() < twoStepShare ? 2 : 1;
                repeats = Math.max(0, repeats + (random.nextBoolean() ? size : -size));
            }
        }
        return new YAllele(repeats, allele.partial());
    }

    private static <E> List<E> draws(List<E> entries, ToDoubleFunction<E> weight, int n, SplittableRandom random) {
        double total = entries.stream().mapToDouble(weight).sum();
        List<E> out = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            double u = random.nextDouble() * total;
            int i = 0;
            while (i < entries.size() - 1 && (u -= weight.applyAsDouble(entries.get(i))) >= 0) {
                i++;
            }
            out.add(entries.get(i));
        }
        return out;
    }

    private static LineagePower summary(String relative, int meioses, int n, long seed, double threshold,
            double[] truth, double[] unrelated) {
        double[] log10 = Arrays.stream(truth).map(Math::log10).sorted().toArray();
        return new LineagePower(relative, meioses, n, seed, Arrays.stream(log10).average().orElseThrow(),
                quantile(log10, 0.05), quantile(log10, 0.5), quantile(log10, 0.95), threshold,
                share(truth, lr -> lr >= threshold), share(unrelated, lr -> lr >= threshold), share(unrelated, lr -> lr < 1));
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    private static double share(double[] values, DoublePredicate test) {
        return (double) Arrays.stream(values).filter(test).count() / values.length;
    }
}
