package org.homeward.formats.markers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The allele grammar every stored or screened profile keeps: a repeat number with at most one
 * decimal digit for a microvariant ({@code 10}, {@code 9.3}, {@code 32.2}), and {@code X} or
 * {@code Y} at amelogenin. Anything else — an off-ladder {@code OL}, a blank, {@code 10.25}, a
 * letter at an STR — cannot enter a likelihood and is refused where the profile comes in.
 */
public final class AlleleNames {

    private static final Pattern REPEAT = Pattern.compile("[0-9]{1,3}(\\.[0-9])?");
    private static final Pattern SEX = Pattern.compile("[XYxy]");

    private AlleleNames() { }

    /** Why {@code allele} is not an allele of {@code marker}, or empty when it is one. */
    public static Optional<String> problem(String marker, String allele) {
        if (allele == null || allele.isBlank()) {
            return Optional.of("an allele is required");
        }
        if (MarkerNames.isAmelogenin(marker)) {
            return SEX.matcher(allele).matches() ? Optional.empty()
                    : Optional.of("'" + allele + "' is not an amelogenin allele (X or Y)");
        }
        return REPEAT.matcher(allele).matches() ? Optional.empty()
                : Optional.of("'" + allele + "' is not an allele of " + marker
                        + " (a repeat number with at most one decimal digit, such as 9.3; off-ladder calls are not accepted)");
    }
}
