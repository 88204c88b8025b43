package org.homeward.app.jobs;

import java.util.Objects;

/** A file kept with a job in the database: the upload it works on, or the file it made (an export). */
public record JobFile(String name, String mediaType, byte[] content) {

    public JobFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
