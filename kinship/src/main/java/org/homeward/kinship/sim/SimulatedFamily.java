package org.homeward.kinship.sim;

import java.util.Map;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;

/**
 * A simulated family: its pedigree, the missing person, the typed relatives' profiles, and the
 * missing person's true genotypes (what their remains would show before degradation).
 */
public record SimulatedFamily(String id, ReferenceConfiguration configuration, Pedigree pedigree,
                              String missingPerson, Map<String, Profile> references, Profile truth) { }
