package org.homeward.kinship.dvi;

import java.util.ArrayList;
import java.util.List;

import org.homeward.kinship.KinshipInputException;

/**
 * Settings of the DVI analysis. {@link #defaults()} are the field's: LR ≥ 10^4 for undisputed and
 * GLR matches, LR above 10^3 for a probable match, at most 2 incompatible markers, sex-consistent
 * pairings only, and at most 100,000 assignments in one joint table.
 *
 * @param undisputedThreshold    LR (and GLR) a pairing needs to be undisputed or a joint match
 * @param probableThreshold      LR above which a pairing is a probable match
 * @param maxIncompatibleMarkers a pairing with more Mendelian-incompatible markers is excluded
 * @param ignoreSex              pair every victim with every missing person, whatever their sexes
 * @param maxAssignments         a joint table with more assignments is not enumerated
 */
public record DviOptions(double undisputedThreshold, double probableThreshold, int maxIncompatibleMarkers,
                         boolean ignoreSex, long maxAssignments) {

    public DviOptions {
        List<String> problems = new ArrayList<>();
        if (!(undisputedThreshold > 1) || Double.isInfinite(undisputedThreshold)) {
            problems.add("the undisputed threshold must be a finite number above 1, got " + undisputedThreshold);
        }
        if (!(probableThreshold >= 1) || Double.isInfinite(probableThreshold)) {
            problems.add("the probable threshold must be a finite number of at least 1, got " + probableThreshold);
        }
        if (maxIncompatibleMarkers < 0) {
            problems.add("the number of incompatible markers allowed cannot be negative, got " + maxIncompatibleMarkers);
        }
        if (maxAssignments < 1) {
            problems.add("the bound on joint assignments must be at least 1, got " + maxAssignments);
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
    }

    public static DviOptions defaults() {
        return new DviOptions(1e4, 1e3, 2, false, 100_000);
    }

    public DviOptions withIgnoreSex(boolean ignore) {
        return new DviOptions(undisputedThreshold, probableThreshold, maxIncompatibleMarkers, ignore, maxAssignments);
    }

    public DviOptions withMaxAssignments(long max) {
        return new DviOptions(undisputedThreshold, probableThreshold, maxIncompatibleMarkers, ignoreSex, max);
    }

    public DviOptions withThresholds(double undisputed, double probable) {
        return new DviOptions(undisputed, probable, maxIncompatibleMarkers, ignoreSex, maxAssignments);
    }

    public DviOptions withMaxIncompatibleMarkers(int max) {
        return new DviOptions(undisputedThreshold, probableThreshold, max, ignoreSex, maxAssignments);
    }
}
