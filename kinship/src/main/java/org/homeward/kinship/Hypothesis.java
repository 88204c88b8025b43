package org.homeward.kinship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hypothesis about how typed persons are related: a complete pedigree (possibly of several
 * unconnected parts) with its founders' inbreeding coefficients. Its likelihood under the extended
 * model (X markers, θ, founder inbreeding, partial genotypes, linked pairs) is computed unit by unit,
 * and LRs compare hypotheses over the same typed persons:
 *
 * <pre>
 *   LR(H) = Π_units L_unit(H) / L_unit(reference)
 * </pre>
 * With θ > 0 all founders of a hypothesis, in all its parts, draw their alleles from one
 * Balding–Nichols urn. Immutable.
 */
public record Hypothesis(Pedigree pedigree, Map<String, FounderInbreeding> inbreeding, Map<String, String> monozygoticTwins) {

    /**
     * @param monozygoticTwins twin → co-twin: the twin carries the co-twin's genotype (one genotype for
     *                         both) instead of inheriting its own; both have the same parents and sex
     */
    public Hypothesis {
        inbreeding = Map.copyOf(inbreeding);
        monozygoticTwins = Map.copyOf(monozygoticTwins);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : monozygoticTwins.entrySet()) {
            String twin = e.getKey();
            String coTwin = e.getValue();
            int a = pedigree.indexOf(twin);
            int b = pedigree.indexOf(coTwin);
            if (a < 0 || b < 0 || a == b || pedigree.isFounder(a) || pedigree.father(a) != pedigree.father(b)
                    || pedigree.mother(a) != pedigree.mother(b) || pedigree.sex(a) != pedigree.sex(b)
                    || monozygoticTwins.containsKey(coTwin)) {
                problems.add("'" + twin + "' and '" + coTwin + "' cannot be monozygotic twins: they must be two children"
                        + " of the same parents, of the same sex, and the co-twin not itself a listed twin");
            }
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
    }

    public Hypothesis(Pedigree pedigree, Map<String, FounderInbreeding> inbreeding) {
        this(pedigree, inbreeding, Map.of());
    }

    public static Hypothesis of(Pedigree pedigree) {
        return new Hypothesis(pedigree, Map.of());
    }

    /**
     * Natural log of the unit's likelihood given the typed persons' observations (by person, then by
     * marker name); −∞ when they are impossible.
     */
    public double logLikelihood(InheritanceUnit unit, Map<String, Map<String, Observation>> typed, double theta) {
        return logLikelihood(unit, typed, Map.of(), theta);
    }

    /** The same with the samples of some typed persons (by person id) under a dropout model. */
    public double logLikelihood(InheritanceUnit unit, Map<String, Map<String, Observation>> typed,
                                Map<String, DropoutModel> dropout, double theta) {
        return UnitLikelihood.logLikelihood(pedigree, unit, typed, inbreeding, monozygoticTwins, dropout, theta);
    }

    /**
     * ln P(the typed persons' observations, {@code person}'s genotype = g) at an autosomal marker, for
     * every genotype index g (−∞ where impossible), in one computation for all g; with θ all founders
     * draw from one urn as in {@link #logLikelihood}. The person must be untyped; this hypothesis
     * may have neither founder inbreeding nor twins.
     */
    public double[] logJointByGenotype(Marker marker, Map<String, Map<String, Observation>> typed, String person, double theta) {
        if (!inbreeding.isEmpty() || !monozygoticTwins.isEmpty()) {
            throw new KinshipInputException("a genotype table is computed without founder inbreeding or twins");
        }
        return UnitLikelihood.logJointByGenotype(pedigree, marker, typed, pedigree.require(person), theta);
    }

    /** The id under which {@link #missingPersonLr} places the remains as one more founder: the missing person's, primed until unused. */
    public String unrelatedRemainsId(String missing) {
        String id = missing;
        while (pedigree.indexOf(id) >= 0) {
            id = id + "'";
        }
        return id;
    }

    /** This hypothesis with one more founder, unrelated to everybody (with θ, drawing from the same urn). */
    public Hypothesis withFounder(String id, Sex sex) {
        Pedigree.Builder b = Pedigree.builder();
        for (int i = 0; i < pedigree.size(); i++) {
            b.person(pedigree.id(i), pedigree.sex(i), pedigree.isFounder(i) ? null : pedigree.id(pedigree.father(i)),
                    pedigree.isFounder(i) ? null : pedigree.id(pedigree.mother(i)));
        }
        return new Hypothesis(b.founder(id, sex).build(), inbreeding, monozygoticTwins);
    }

    /**
     * LR of this hypothesis against {@code reference}, per unit (by unit name) and in total.
     *
     * @throws KinshipInputException when the observations are impossible under the reference at some unit
     */
    public LrResult lrAgainst(Hypothesis reference, List<InheritanceUnit> units,
                              Map<String, Map<String, Observation>> typed, double theta) {
        Map<String, Double> perUnit = new LinkedHashMap<>();
        double log10 = 0;
        List<String> problems = new ArrayList<>();
        for (InheritanceUnit unit : units) {
            double denominator = reference.logLikelihood(unit, typed, theta);
            if (denominator == Double.NEGATIVE_INFINITY) {
                problems.add("the observations at " + unit.name() + " are impossible under the reference hypothesis");
                continue;
            }
            double ln = logLikelihood(unit, typed, theta) - denominator;
            perUnit.put(unit.name(), Math.exp(ln));
            log10 += ln / Math.log(10);
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        return new LrResult(log10, perUnit, perUnit.size());
    }

    /**
     * The identification LR of remains against this family's missing person, per unit:
     * H1 is this pedigree with the missing person typed as the remains; H2 is this pedigree with the
     * missing person untyped plus the remains as one more founder, of the missing person's sex,
     * unrelated to everybody (with θ, in the same urn). Units at which the remains were not typed
     * contribute 1 and are not listed.
     */
    public LrResult missingPersonLr(String missing, List<InheritanceUnit> units,
                                    Map<String, Map<String, Observation>> references, Map<String, Observation> remains,
                                    double theta) {
        return missingPersonLr(missing, units, references, remains, theta, Map.of(), null);
    }

    /**
     * The same with dropout models: {@code referenceDropout} by reference id, {@code remainsDropout}
     * (or null) for the remains' sample, applied under both hypotheses.
     */
    public LrResult missingPersonLr(String missing, List<InheritanceUnit> units,
                                    Map<String, Map<String, Observation>> references, Map<String, Observation> remains,
                                    double theta, Map<String, DropoutModel> referenceDropout, DropoutModel remainsDropout) {
        int mp = pedigree.require(missing);
        if (references.containsKey(missing)) {
            throw new KinshipInputException("the missing person '" + missing + "' cannot also be a typed reference");
        }
        if (inbreeding.containsKey(missing)) {
            throw new KinshipInputException("the missing person '" + missing + "' cannot carry founder inbreeding");
        }
        String remainsId = unrelatedRemainsId(missing);
        Hypothesis unrelated = withFounder(remainsId, pedigree.sex(mp));
        Map<String, Map<String, Observation>> asMissing = new LinkedHashMap<>(references);
        asMissing.put(missing, remains);
        Map<String, Map<String, Observation>> asFounder = new LinkedHashMap<>(references);
        asFounder.put(remainsId, remains);
        Map<String, DropoutModel> dropoutAsMissing = new LinkedHashMap<>(referenceDropout);
        Map<String, DropoutModel> dropoutAsFounder = new LinkedHashMap<>(referenceDropout);
        if (remainsDropout != null) {
            dropoutAsMissing.put(missing, remainsDropout);
            dropoutAsFounder.put(remainsId, remainsDropout);
        }

        Map<String, Double> perUnit = new LinkedHashMap<>();
        double log10 = 0;
        for (InheritanceUnit unit : units) {
            if (unit.markers().stream().noneMatch(m -> remains.containsKey(m.name()))) {
                continue;
            }
            double denominator = unrelated.logLikelihood(unit, asFounder, dropoutAsFounder, theta);
            if (denominator == Double.NEGATIVE_INFINITY) {
                throw new KinshipInputException("the references' observations at " + unit.name()
                        + " are impossible on this pedigree under its mutation model");
            }
            double ln = logLikelihood(unit, asMissing, dropoutAsMissing, theta) - denominator;
            perUnit.put(unit.name(), Math.exp(ln));
            log10 += ln / Math.log(10);
        }
        return new LrResult(log10, perUnit, perUnit.size());
    }
}
