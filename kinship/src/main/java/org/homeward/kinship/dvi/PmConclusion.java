package org.homeward.kinship.dvi;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The conclusion for one victim (the post-mortem side).
 *
 * @param sample     the victim's sample code
 * @param missing    the missing person(s) matched ("M2/M3" for a symmetric match), when the conclusion names one
 * @param family     their family, when a missing person is named
 * @param lr         the LR shown: of the matched pairing, or the victim's best one; empty when none applies
 * @param log10Glr   log10 of the generalised LR from a joint analysis, when it decided the match
 * @param conclusion the conclusion
 * @param comment    why, briefly; may be empty
 */
public record PmConclusion(String sample, Optional<String> missing, Optional<String> family, Optional<CombinedLr> lr,
                           OptionalDouble log10Glr, Conclusion conclusion, String comment) { }
