package org.homeward.app.jobs;

import java.util.Objects;
import java.util.Optional;

/** A file kept with a job in the database: the upload it works on, or the file it made (an export). */
public record JobFile(String name, String mediaType, byte[] content) {

    public JobFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }

    /** The upload an import job came with: every import is asked for with its file. */
    public static JobFile uploaded(Optional<JobFile> input) {
        return input.orElseThrow(() -> new IllegalStateException("an import job without its file"));
    }
}
