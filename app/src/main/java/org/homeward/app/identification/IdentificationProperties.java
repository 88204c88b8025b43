package org.homeward.app.identification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of identification ({@code homeward.identification.*}).
 *
 * @param minLr               a pair is stored as a candidate when its LR reaches this
 * @param reviewLr            candidates from this LR up enter the review queue
 * @param prior               a fixed prior probability of identity for every pair; when absent, 1/N with N
 *                            the number of missing persons screened
 * @param topK                the best families kept per remains and the best remains per missing person
 * @param watchInterval       how often new profiles and families are looked for and screened
 * @param rareAlleleFrequency the frequency given to an allele absent from the frequency database
 * @param femaleMutationRate  stepwise mutation rate per maternal transmission
 * @param maleMutationRate    stepwise mutation rate per paternal transmission
 * @param mutationRange       stepwise range: the share by which a two-step mutation is rarer than a one-step one
 * @param theta               the co-ancestry coefficient θ in every LR (0: none; see the README's recommendation)
 * @param ignoreSex           also pair remains with missing persons of the other sex
 * @param directMatchLr       two remains profiles this much more likely the same person are proposed as one
 * @param threads             screening threads
 * @param dropout             the dropout and drop-in probabilities of each sample quality class
 */
@ConfigurationProperties("homeward.identification")
record IdentificationProperties(
        @DefaultValue("100") double minLr,
        @DefaultValue("10000") double reviewLr,
        Double prior,
        @DefaultValue("10") int topK,
        @DefaultValue("60s") Duration watchInterval,
        @DefaultValue("0.001") double rareAlleleFrequency,
        @DefaultValue("0.001") double femaleMutationRate,
        @DefaultValue("0.002") double maleMutationRate,
        @DefaultValue("0.1") double mutationRange,
        @DefaultValue("0") double theta,
        @DefaultValue("false") boolean ignoreSex,
        @DefaultValue("1000000") double directMatchLr,
        @DefaultValue("2") int threads,
        @DefaultValue DropoutSettings dropout) {

    IdentificationProperties {
        if (prior != null && !(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("homeward.identification.prior must lie strictly between 0 and 1, got " + prior);
        }
        if (!(mutationRange > 0 && mutationRange < 1)) {
            throw new IllegalArgumentException("homeward.identification.mutation-range must lie strictly between 0 and 1, got "
                    + mutationRange);
        }
        if (!(theta >= 0 && theta < 1)) {
            throw new IllegalArgumentException("homeward.identification.theta must lie in [0, 1), got " + theta);
        }
        if (!(minLr >= 1) || !(reviewLr >= minLr)) {
            throw new IllegalArgumentException("homeward.identification.min-lr must be at least 1 and review-lr at least min-lr");
        }
    }
}
