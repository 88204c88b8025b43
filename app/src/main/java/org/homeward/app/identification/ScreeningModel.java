package org.homeward.app.identification;

import org.homeward.app.frequencies.FrequenciesInUse;

/**
 * The model a run computed its LRs with, stored beside the run so that each of its candidates (and
 * the report on it) states what was used, whatever the settings are later.
 *
 * @param theta              the co-ancestry coefficient θ
 * @param frequencyDatabase  the allele frequency database, by name and version
 * @param rareAlleleFrequency the frequency given to an allele absent from it
 * @param femaleMutationRate stepwise mutation rate per maternal transmission
 * @param maleMutationRate   per paternal transmission
 * @param mutationRange      the stepwise range
 */
public record ScreeningModel(double theta, String frequencyDatabase, double rareAlleleFrequency, double femaleMutationRate,
                             double maleMutationRate, double mutationRange) {

    /** The settings' model with the bundled database, what every run before V63 used. */
    static ScreeningModel of(IdentificationProperties p) {
        return of(p, FrequenciesInUse.BUNDLED_LABEL);
    }

    /** The settings' model with the frequency database a run used. */
    static ScreeningModel of(IdentificationProperties p, String frequencyDatabase) {
        return new ScreeningModel(p.theta(), frequencyDatabase, p.rareAlleleFrequency(), p.femaleMutationRate(),
                p.maleMutationRate(), p.mutationRange());
    }
}
