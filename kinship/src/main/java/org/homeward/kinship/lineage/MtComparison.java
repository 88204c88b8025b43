package org.homeward.kinship.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Two mtDNA haplotypes compared over the positions both were read at. A site differs when the two
 * calls share no base; a heteroplasmy (two-base IUPAC code) therefore does not differ from either of
 * its bases. Where one side has the reference, the other's heteroplasmy is taken to include the
 * reference base (EMPOP reports a point heteroplasmy as the reference base and the variant base), so
 * it is not a difference either. Two or more differences exclude a maternal-line relationship, one is
 * inconclusive, none cannot exclude it.
 */
public record MtComparison(List<String> differences, Verdict verdict) {

    public enum Verdict { EXCLUSION, INCONCLUSIVE, CANNOT_EXCLUDE }

    public MtComparison {
        differences = List.copyOf(differences);
    }

    public static MtComparison of(MtHaplotype a, MtHaplotype b) {
        TreeSet<MtVariant> sites = new TreeSet<>(MtVariant.ORDER);
        sites.addAll(a.variants());
        sites.addAll(b.variants());
        List<String> differences = new ArrayList<>();
        for (MtVariant site : sites) {
            if (!a.region().contains(site.position()) || !b.region().contains(site.position())) {
                continue;
            }
            MtVariant x = a.at(site.position(), site.insertion());
            MtVariant y = b.at(site.position(), site.insertion());
            if (!compatible(x, y)) {
                differences.add(site.site() + ": " + callText(x) + " / " + callText(y));
            }
        }
        Verdict verdict = differences.size() >= 2 ? Verdict.EXCLUSION
                : differences.size() == 1 ? Verdict.INCONCLUSIVE : Verdict.CANNOT_EXCLUDE;
        return new MtComparison(differences, verdict);
    }

    private static boolean compatible(MtVariant x, MtVariant y) {
        if (x == null || y == null) {
            MtVariant present = x == null ? y : x;
            return present == null || present.isHeteroplasmy();
        }
        return x.bases().chars().anyMatch(c -> y.bases().indexOf(c) >= 0);
    }

    private static String callText(MtVariant v) {
        return v == null ? "rCRS" : v.toString();
    }
}
