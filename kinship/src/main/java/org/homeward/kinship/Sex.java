package org.homeward.kinship;

/** Sex of a person in a pedigree. {@code UNKNOWN} is allowed for persons who are nobody's parent. */
public enum Sex {
    MALE, FEMALE, UNKNOWN;

    /** Parses {@code male}, {@code female}, {@code unknown} (any case; also {@code m}, {@code f}, {@code 1}, {@code 2}, {@code 0}). */
    public static Sex parse(String text) {
        switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "male": case "m": case "1": return MALE;
            case "female": case "f": case "2": return FEMALE;
            case "unknown": case "u": case "0": case "": return UNKNOWN;
            default: throw new IllegalArgumentException("unknown sex '" + text + "' (expected male, female or unknown)");
        }
    }
}
