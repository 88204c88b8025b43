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
 * (the library's {@code CombinedEvidence}); an mtDNA comparison that excludes or is inconclusive has no LR, enters
 * no factor and is shown with its verdict for the analyst to weigh.
 */
public record CandidateLineage(double autosomalLog10Lr, boolean autosomalTyped, Optional<YPart> y, Optional<MtPart> mt) {

    /** The Y-STR part: the relative's pedigree id, the library's LR with its parts, the database and panel used. */
    public record YPart(String relative, YLineageLr lr, String database, String panel) {

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

    /** The lineage LR: the Y LR times the mtDNA LR (each 1 when absent or without an LR). */
    public double lineageLr() {
        return y.map(p -> p.lr().lr()).orElse(1.0) * mt.flatMap(MtPart::lr).orElse(1.0);
    }

    /** log10 of the combined LR = autosomal × lineage. */
    public double combinedLog10Lr() {
        return autosomalLog10Lr + Math.log10(lineageLr());
    }
}
