package org.homeward.formats.kinshipcase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.LrResult;
import org.homeward.kinship.Profile;
import org.homeward.kinship.ReferenceFamily;

/**
 * Runs a folder of {@code kinship-case/1} files through the engine and compares every remains' LR
 * with the expected one at the case's tolerance. An unreadable or invalid case is a failure with its
 * reason. This is what a laboratory runs on its own validation set before using the engine.
 */
public final class CaseValidator {

    /** One line of the report: a remains compared, or a case that could not be run (remains null). */
    public record Outcome(String file, String caseId, String remains, double expected, double computed,
                          double relativeError, boolean passed, String reason) {

        public String line() {
            if (remains == null) {
                return String.format(Locale.ROOT, "%s  FAIL  %s", file, reason);
            }
            return String.format(Locale.ROOT, "%-16s %-6s expected %-14s computed %-22s rel.err %-9s %s",
                    caseId, remains, format(expected), format(computed),
                    Double.isNaN(relativeError) ? "-" : String.format(Locale.ROOT, "%.1e", relativeError),
                    passed ? "PASS" : "FAIL" + (reason == null ? "" : "  " + reason));
        }

        private static String format(double v) {
            return v == 0 ? "0" : String.format(Locale.ROOT, "%.10g", v);
        }
    }

    public record Report(List<Outcome> outcomes) {
        public long passed() {
            return outcomes.stream().filter(Outcome::passed).count();
        }

        public long failed() {
            return outcomes.size() - passed();
        }

        public String summary() {
            return passed() + " passed, " + failed() + " failed";
        }
    }

    private CaseValidator() { }

    /** Every {@code *.json} file directly in {@code dir}, in name order. */
    public static Report validateDirectory(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path f : files) {
            outcomes.addAll(validateFile(f));
        }
        return new Report(outcomes);
    }

    public static List<Outcome> validateFile(Path file) {
        String name = file.getFileName().toString();
        KinshipCase c;
        try {
            c = KinshipCaseReader.read(file);
        } catch (KinshipCaseReader.InvalidCaseException e) {
            return List.of(new Outcome(name, null, null, Double.NaN, Double.NaN, Double.NaN, false,
                    "invalid case: " + e.getMessage()));
        }
        ReferenceFamily family;
        try {
            family = ReferenceFamily.prepare(c.pedigree(), c.missingPerson(), c.markers(), c.references());
        } catch (KinshipInputException e) {
            return List.of(new Outcome(name, c.id(), null, Double.NaN, Double.NaN, Double.NaN, false,
                    name + ": " + String.join("; ", e.problems())));
        }
        List<Outcome> out = new ArrayList<>();
        for (Profile r : c.remains()) {
            KinshipCase.Expected exp = c.expected().get(r.id());
            LrResult result;
            try {
                result = family.lr(r);
            } catch (KinshipInputException e) {
                out.add(new Outcome(name, c.id(), r.id(), exp.lr(), Double.NaN, Double.NaN, false,
                        String.join("; ", e.problems())));
                continue;
            }
            double computed = result.lr();
            double relErr = exp.lr() == 0 ? (computed == 0 ? 0 : Double.POSITIVE_INFINITY)
                    : Math.abs(computed - exp.lr()) / Math.abs(exp.lr());
            boolean pass = exp.lr() == 0 ? computed == 0 : relErr <= c.relativeTolerance();
            String reason = pass ? null : exp.lr() == 0 ? "expected an exclusion (exactly 0)" : null;
            out.add(new Outcome(name, c.id(), r.id(), exp.lr(), computed, relErr, pass, reason));
        }
        return out;
    }
}
