package org.homeward.formats.genemapper;

/** Something about a sample's calls at one marker that keeps them out of a single-source profile. */
public record CallFlag(String marker, Kind kind, String detail) {

    public enum Kind {
        /** An off-ladder ({@code OL}) call. */
        OFF_LADDER,
        /** More than two alleles: a mixture. */
        MIXTURE
    }
}
