package org.homeward.kinship.dvi;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The conclusion for one missing person (the ante-mortem side).
 *
 * @param family     the family's name
 * @param missing    the missing person's id
 * @param sample     the matched or best sample code(s), when the conclusion names one ("V2/V3" for a symmetric match)
 * @param lr         the LR shown: of the matched pairing, or the best one; empty when none applies
 * @param log10Glr   log10 of the generalised LR from a joint analysis, when one was made
 * @param conclusion the conclusion
 * @param comment    why, briefly ("Step 1", "5+ inconsistencies", "Joint: {M1,M2}"); may be empty
 */
public record AmConclusion(String family, String missing, Optional<String> sample, Optional<CombinedLr> lr,
                           OptionalDouble log10Glr, Conclusion conclusion, String comment) { }
