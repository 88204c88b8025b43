package org.homeward.formats.kinshipcase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.LrResult;
import org.homeward.kinship.Profile;
import org.homeward.kinship.ReferenceFamily;

/**
 * Runs a folder of {@code kinship-case/1} and {@code kinship-case/2} files through the engine and compares every remains' LR
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
        Map<String, LrResult> computed;
        try {
            computed = compute(c);
        } catch (KinshipInputException e) {
            return List.of(new Outcome(name, c.id(), null, Double.NaN, Double.NaN, Double.NaN, false,
                    name + ": " + String.join("; ", e.problems())));
        }
        List<Outcome> out = new ArrayList<>();
        c.expected().forEach((key, exp) -> {
            LrResult result = computed.get(key);
            double lr = result.lr();
            double relErr = relativeError(exp.lr(), lr);
            List<String> units = new ArrayList<>();
            exp.perUnit().forEach((unit, expected) -> {
                double got = result.perMarker().getOrDefault(unit, 1.0);
                if (!(relativeError(expected, got) <= c.relativeTolerance())) {
                    units.add(unit + " expected " + expected + " computed " + got);
                }
            });
            boolean pass = relErr <= c.relativeTolerance() && units.isEmpty();
            String reason = pass ? null : exp.lr() == 0 && lr != 0 ? "expected an exclusion (exactly 0)"
                    : units.isEmpty() ? null : "per unit: " + String.join(", ", units);
            out.add(new Outcome(name, c.id(), key, exp.lr(), lr, relErr, pass, reason));
        });
        return out;
    }

    /** |computed − expected| / |expected|; an expected 0 is matched only by exactly 0. */
    private static double relativeError(double expected, double computed) {
        return expected == 0 ? (computed == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.abs(computed - expected) / Math.abs(expected);
    }

    /**
     * The LR of every remains or hypothesis the case expects: cases within the version 1 model run
     * through the production engine ({@link ReferenceFamily}), the others through the extended model
     * ({@link Hypothesis}).
     */
    static Map<String, LrResult> compute(KinshipCase c) {
        Map<String, LrResult> out = new LinkedHashMap<>();
        if (c.question() instanceof KinshipCase.Hypotheses h) {
            Hypothesis reference = h.hypotheses().get(h.reference());
            h.hypotheses().forEach((id, hyp) -> {
                if (!id.equals(h.reference())) {
                    out.put(id, hyp.lrAgainst(reference, c.units(), c.references(), c.theta()));
                }
            });
            return out;
        }
        KinshipCase.MissingPerson mp = (KinshipCase.MissingPerson) c.question();
        if (c.usesOnlyVersion1Model()) {
            List<Marker> markers = c.units().stream().map(u -> u.markers().get(0)).toList();
            Map<String, Profile> references = new LinkedHashMap<>();
            c.references().forEach((person, obs) -> references.put(person, profile(person, obs)));
            ReferenceFamily family = ReferenceFamily.prepare(mp.family().pedigree(), mp.missing(), markers, references);
            mp.remains().forEach((id, obs) -> out.put(id, family.lr(profile(id, obs))));
            return out;
        }
        mp.remains().forEach((id, obs) -> out.put(id,
                mp.family().missingPersonLr(mp.missing(), c.units(), c.references(), obs, c.theta())));
        return out;
    }

    private static Profile profile(String id, Map<String, Observation> observations) {
        Profile.Builder b = Profile.builder(id);
        observations.forEach((marker, o) -> b.put(marker, o.allele(), o.other()));
        return b.build();
    }
}
