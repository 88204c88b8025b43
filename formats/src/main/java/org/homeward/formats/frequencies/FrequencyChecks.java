package org.homeward.formats.frequencies;

import java.util.Map;

import org.homeward.formats.common.ProblemLog;

/** Checks shared by the frequency readers. */
public final class FrequencyChecks {

    /** Frequencies of a marker may sum to 1 within rounding of the printed values; more is reported. */
    public static final double SUM_TOLERANCE = 1e-6;

    private FrequencyChecks() { }

    /** A frequency must be a number in (0, 1]; returns NaN (and records an error) otherwise. */
    public static double frequency(String text, ProblemLog log, int line, String field) {
        double f;
        try {
            f = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            log.error(line, field, "frequency '" + text + "' is not a number");
            return Double.NaN;
        }
        if (!(f > 0 && f <= 1)) {
            log.error(line, field, "frequency " + text + " is outside (0, 1]");
            return Double.NaN;
        }
        return f;
    }

    /** Warns when a marker's frequencies do not sum to 1. */
    public static void checkSum(String marker, Map<String, Double> alleles, ProblemLog log, int line) {
        double sum = alleles.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            log.warning(line, marker, "the allele frequencies of marker " + marker + " sum to " + sum + ", not 1");
        }
    }
}
