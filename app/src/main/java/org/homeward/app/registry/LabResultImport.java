package org.homeward.app.registry;

import java.util.List;

/**
 * What a lab file brought: the sample codes whose profiles were stored, and what the reader noticed.
 * A file with any unknown sample code is refused as a whole ({@link LabResultsRejectedException}).
 */
public record LabResultImport(String fileName, List<String> stored, List<String> warnings) {

    public LabResultImport {
        stored = List.copyOf(stored);
        warnings = List.copyOf(warnings);
    }
}
