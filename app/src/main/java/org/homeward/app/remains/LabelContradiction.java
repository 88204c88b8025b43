package org.homeward.app.remains;

import java.time.Instant;

/**
 * A statement of whose remains these are that the DNA result contradicts, as identification found it.
 *
 * @param identifiedAs the missing person DNA identified the remains as
 * @param decision     what established the identity (an identification decision, a re-association)
 * @param detail       what contradicts what, in words
 */
public record LabelContradiction(StatedIdentity statement, String identifiedAs, String decision, String detail, Instant foundAt) {
}
