package org.homeward.app.identification;

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

    /** The bundled database every run has used. */
    static final String EUROPEAN_DATABASE = "norSTR European database v2023";

    static ScreeningModel of(IdentificationProperties p) {
        return new ScreeningModel(p.theta(), EUROPEAN_DATABASE, p.rareAlleleFrequency(), p.femaleMutationRate(),
                p.maleMutationRate(), p.mutationRange());
    }
}
