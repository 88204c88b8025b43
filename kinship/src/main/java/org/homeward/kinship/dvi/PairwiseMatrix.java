package org.homeward.kinship.dvi;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every pairing of a victim with a missing person that was evaluated: its LR (DNA and non-DNA
 * factors) and its number of Mendelian-incompatible markers. Pairings not evaluated (sexes differ)
 * are absent. Immutable.
 */
public final class PairwiseMatrix {

    private final List<String> victims;
    private final List<String> missingPersons;
    private final CombinedLr[][] lrs;
    private final int[][] incompatible;

    /** Trusting: arrays indexed [victim][missing person], null / −1 where not evaluated; not copied. */
    PairwiseMatrix(List<String> victims, List<String> missingPersons, CombinedLr[][] lrs, int[][] incompatible) {
        this.victims = List.copyOf(victims);
        this.missingPersons = List.copyOf(missingPersons);
        this.lrs = lrs;
        this.incompatible = incompatible;
    }

    public List<String> victims() { return victims; }

    public List<String> missingPersons() { return missingPersons; }

    /** The pairing's LR, or empty when it was not evaluated. */
    public Optional<CombinedLr> lr(String victim, String missing) {
        return Optional.ofNullable(lrs[row(victim)][column(missing)]);
    }

    /** The pairing's number of incompatible markers (mutation switched off), or empty when not evaluated. */
    public OptionalInt incompatibleMarkers(String victim, String missing) {
        int k = incompatible[row(victim)][column(missing)];
        return k < 0 ? OptionalInt.empty() : OptionalInt.of(k);
    }

    private int row(String victim) {
        int i = victims.indexOf(victim);
        if (i < 0) {
            throw new IllegalArgumentException("no victim '" + victim + "' in the matrix");
        }
        return i;
    }

    private int column(String missing) {
        int j = missingPersons.indexOf(missing);
        if (j < 0) {
            throw new IllegalArgumentException("no missing person '" + missing + "' in the matrix");
        }
        return j;
    }
}
