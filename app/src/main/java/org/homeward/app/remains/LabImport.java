package org.homeward.app.remains;

import java.util.List;

/** What a lab file brought: the sample codes that got a profile, and what the reader noticed. */
public record LabImport(String fileName, List<String> profiled, List<String> warnings) {

    public LabImport {
        profiled = List.copyOf(profiled);
        warnings = List.copyOf(warnings);
    }
}
