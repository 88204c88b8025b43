package org.homeward.formats.kinshipcase;

import java.util.List;
import java.util.Map;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.Observation;

/**
 * A validation case in the {@code kinship-case/1} or {@code kinship-case/2} format: the markers as
 * inheritance units (single markers or linked pairs, autosomal or X), θ, the typed persons'
 * observations, the question (a missing person and remains, or hypotheses against a reference), and
 * the LR an established implementation computed for each remains or hypothesis.
 *
 * @param references observations by person id, then by marker name
 * @param expected   by remains id (missing-person case) or hypothesis id (hypothesis case)
 */
public record KinshipCase(String format, String id, String description, List<InheritanceUnit> units, double theta,
                          Map<String, Map<String, Observation>> references, Question question,
                          Map<String, Expected> expected, double relativeTolerance) {

    /** What the case asks. */
    public sealed interface Question permits MissingPerson, Hypotheses { }

    /**
     * Remains against a family's missing person.
     *
     * @param remains observations by remains id, then by marker name, in file order
     */
    public record MissingPerson(Hypothesis family, String missing, Map<String, Map<String, Observation>> remains)
            implements Question { }

    /** Two or more hypotheses over the same typed persons; every other hypothesis's LR against {@code reference}. */
    public record Hypotheses(Map<String, Hypothesis> hypotheses, String reference) implements Question { }

    /** The expected LR; {@code lr} 0 is an exclusion. perUnit (by marker or linked pair name) may be empty. */
    public record Expected(double lr, Map<String, Double> perUnit) { }

    /**
     * True when the case needs nothing beyond the model of version 1: a missing-person case with
     * autosomal unlinked markers, θ = 0, no founder inbreeding and only complete genotypes. Such a
     * case runs through the production engine ({@code ReferenceFamily}).
     */
    public boolean usesOnlyVersion1Model() {
        return question instanceof MissingPerson mp && theta == 0 && mp.family().inbreeding().isEmpty()
                && units.stream().allMatch(u -> !u.isLinkedPair() && u.chromosome() == Chromosome.AUTOSOMAL)
                && references.values().stream().allMatch(KinshipCase::complete)
                && mp.remains().values().stream().allMatch(KinshipCase::complete);
    }

    private static boolean complete(Map<String, Observation> byMarker) {
        return byMarker.values().stream().allMatch(o -> o.kind() == Observation.Kind.PAIR);
    }
}
