package org.homeward.app.remains;

import java.time.Instant;

/**
 * A statement of whose remains these are that the DNA result contradicts, as identification found it;
 * codes, shown in the reader's language by the pages.
 *
 * @param identifiedAs  the missing person DNA identified the remains as
 * @param kind          what contradicts what
 * @param establishedBy what established the identity
 * @param decisionId    the identification decision's or the re-association's id
 */
public record LabelContradiction(StatedIdentity statement, String identifiedAs, ContradictionKind kind, EstablishedBy establishedBy,
                                 long decisionId, Instant foundAt) {
}
