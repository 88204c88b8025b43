package org.homeward.app.genetics;

import java.util.List;

/**
 * What a lab file brought: the sample codes whose profiles were stored, and what the reader noticed
 * (with, under LENIENT reading, the samples skipped and why).
 */
public record LabImport(String fileName, List<String> stored, List<String> warnings) {

    /** The template whose fragment {@code result(result)} shows a lab file's import on its job's page. */
    public static final String RESULT_VIEW = "fragments/lab-import";

    public LabImport {
        stored = List.copyOf(stored);
        warnings = List.copyOf(warnings);
    }
}
