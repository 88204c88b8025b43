package org.homeward.app.identification;

import java.util.Optional;

import org.homeward.kinship.lineage.MtComparison;
import org.homeward.kinship.lineage.MtLineageEvidence;
import org.homeward.kinship.lineage.YLineageLr;

/**
 * The parts of a candidate's evidence when lineage markers took part: the autosomal LR (log10; 0 with
 * {@code autosomalTyped} false when the family or the remains had no autosomal typing, i.e. no
 * autosomal evidence), the Y-STR LR against the closest typed man on the missing man's paternal line,
 * and the mtDNA comparison with the closest typed person on the missing person's maternal line.
 * Combined LR = autosomal LR × Y LR × mtDNA LR, assuming the three independent given each hypothesis
 * (the library's {@code CombinedEvidence}). The mtDNA factor by its verdict: cannot exclude, 1 / frequency;
 * exclusion (two or more differences), 0, so the combined LR is 0; inconclusive (one difference), 1 (it
 * neither supports nor excludes: issue 18 gives it no LR), shown with its difference for the analyst to weigh.
 */
public record CandidateLineage(double autosomalLog10Lr, boolean autosomalTyped, Optional<YPart> y, Optional<MtPart> mt) {

    /**
     * The Y-STR part: the relative's pedigree id, the library's LR with its parts (its frequency method among them), the
     * discrete Laplace fit's number of clusters (0 with the augmented count), the database and panel used.
     */
    public record YPart(String relative, YLineageLr lr, int clusters, String database, String panel) {

        public double log10Lr() {
            return Math.log10(lr.lr());
        }
    }

    /** The mtDNA part: the relative's pedigree id, the comparison and its statistic, the database used. */
    public record MtPart(String relative, MtLineageEvidence evidence, String database) {

        /** The LR by the augmented count, when the comparison cannot exclude. */
        public Optional<Double> lr() {
            return evidence.statistic().map(MtLineageEvidence.Statistic::lr);
        }

        /** log10 of the LR by the augmented count and of the conservative LR (Clopper–Pearson), when it cannot exclude. */
        public Optional<double[]> log10Lrs() {
            return evidence.statistic().map(s -> new double[] {Math.log10(s.lr()), Math.log10(s.conservativeLr())});
        }

        public MtComparison.Verdict verdict() {
            return evidence.comparison().verdict();
        }
    }

    /** The lineage LR: the Y LR times the mtDNA factor (0 for an exclusion; 1 when a part is absent or inconclusive). */
    public double lineageLr() {
        return excludedByMtDna() ? 0 : y.map(p -> p.lr().lr()).orElse(1.0) * mt.flatMap(MtPart::lr).orElse(1.0);
    }

    /** True when the mtDNA comparison excludes the maternal-line relationship: the combined LR is then 0. */
    public boolean excludedByMtDna() {
        return mt.map(MtPart::verdict).orElse(null) == MtComparison.Verdict.EXCLUSION;
    }

    /** log10 of the combined LR = autosomal × lineage (−∞ when mtDNA excludes). */
    public double combinedLog10Lr() {
        return autosomalLog10Lr + Math.log10(lineageLr());
    }
}
