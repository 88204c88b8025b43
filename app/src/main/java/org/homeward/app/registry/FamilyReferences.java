package org.homeward.app.registry;

import java.util.Map;
import java.util.Objects;

import org.homeward.kinship.Pedigree;

/**
 * A family with its reference pedigree and the sample codes of its relatives whose profile is stored under
 * consent, for a computation that shows no sample code ({@link Families#referencesForAdvice}).
 *
 * @param sampleCodes relative id (their pedigree id) → sample code (the most recently profiled)
 */
public record FamilyReferences(Family family, Pedigree pedigree, Map<String, String> sampleCodes) {

    public FamilyReferences {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(pedigree, "pedigree");
        sampleCodes = Map.copyOf(sampleCodes);
    }
}
