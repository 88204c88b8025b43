package org.homeward.app.database;

import java.nio.file.Path;

/** Published once a backup is complete, so that the chains' heads are checkpointed with it. */
public record DatabaseBackedUp(Path file) {
}
