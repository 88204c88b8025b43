package org.homeward.app.identification;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;

import org.hibernate.validator.constraints.time.DurationMin;
import org.homeward.app.common.Probability;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
 * @param sparkCommand        the command line that screens a FULL run's all-pairs pass on Apache Spark
 *                            ({@code spark-submit … --class org.homeward.spark.SparkJobCommand …}), run by
 *                            {@code /bin/sh -c} with {@code --job FILE --out FILE} appended; empty: in process
 * @param sparkTimeout        how long that command may take before the run fails
 */
@ConfigurationProperties("homeward.identification")
@Validated
record IdentificationProperties(
        @DefaultValue("100") @DecimalMin("1") double minLr,
        @DefaultValue("10000") double reviewLr,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double prior,
        @DefaultValue("10") @Positive int topK,
        @DefaultValue("60s") @DurationMin(seconds = 1) Duration watchInterval,
        @DefaultValue("0.001") @DecimalMin(value = "0", inclusive = false) @Probability double rareAlleleFrequency,
        @DefaultValue("0.001") @Probability double femaleMutationRate,
        @DefaultValue("0.002") @Probability double maleMutationRate,
        @DefaultValue("0.1") @DecimalMin(value = "0", inclusive = false) @Probability double mutationRange,
        @DefaultValue("0") @Probability double theta,
        @DefaultValue("false") boolean ignoreSex,
        @DefaultValue("1000000") @DecimalMin("1") double directMatchLr,
        @DefaultValue("2") @Positive int threads,
        @DefaultValue @Valid DropoutSettings dropout,
        @DefaultValue("") String sparkCommand,
        @DefaultValue("6h") @DurationMin(seconds = 1) Duration sparkTimeout) {

    /** Candidates are reviewed from an LR they reach: review-lr at least min-lr. */
    @AssertTrue(message = "review-lr must be at least min-lr")
    boolean isReviewLrAtLeastMinLr() {
        return reviewLr >= minLr;
    }
}
