package org.homeward.app.genetics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How degraded a remains sample's typing is (issue 18 item 7): a clean typing, or one whose alleles
 * may have dropped out or in mildly or severely. Identification gives each class its dropout and
 * drop-in probabilities ({@code homeward.identification.dropout.*}); a sample with no class is NONE.
 */
public enum DropoutClass {
    NONE, MILD, SEVERE;

    /** The class named by a lab file or a form ("mild", any case), or empty. */
    public static Optional<DropoutClass> parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }

    /** "none, mild, severe": the names a lab file may use. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    }
}
