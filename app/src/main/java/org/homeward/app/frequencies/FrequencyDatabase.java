package org.homeward.app.frequencies;

import java.time.Instant;

/**
 * An uploaded allele frequency database, one version of its name, as kept (never changed).
 *
 * @param checksum the SHA-256 of the uploaded file, in hexadecimal
 * @param warnings what the reader and the policy said of it (normalised markers, raised alleles), one per line
 * @param chosen   whether identification uses it now
 */
public record FrequencyDatabase(FrequencyDatabaseId id, String name, int version, String fileName, String checksum, int markers,
                                String warnings, String uploadedBy, Instant uploadedAt, boolean chosen) {

    /** How runs and reports name it: name, version and the start of the checksum. */
    public String label() {
        return FrequenciesInUse.label(name, version, checksum);
    }
}
