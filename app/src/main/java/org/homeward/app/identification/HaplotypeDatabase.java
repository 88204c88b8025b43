package org.homeward.app.identification;

import java.time.Instant;

import org.homeward.app.genetics.Lineage;

/**
 * A laboratory's Y-STR or mtDNA haplotype database as uploaded: name and version from its file,
 * whether it is simulated (labelled so in its file), its size, whether identification uses it, and
 * (Y-STR) how it gives the remains' haplotype frequency.
 */
public record HaplotypeDatabase(long id, Lineage lineage, String name, String version, boolean simulated, String fileName,
                                int haplotypes, int persons, String uploadedBy, Instant uploadedAt, boolean chosen,
                                YFrequency yFrequency) {

    /** Name and version, as candidates and reports state them. */
    public String label() {
        return name + " v" + version + (simulated ? " (simulated)" : "");
    }
}
