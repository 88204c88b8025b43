package org.homeward.app.chain;

import java.util.Optional;

/**
 * A hash-chained, append-only log that can be checked from the outside: the audit log, the custody
 * events, the identification decisions, the DNA profiles' writes. The {@code verify} command and the verification pages
 * use only this.
 */
public interface TamperEvidentLog {

    /** The name on the command line: {@code audit}, {@code custody}, {@code decisions}, {@code genetics}. */
    String name();

    /** Checks every link from the first, in one snapshot, and names the first broken one. */
    ChainVerification verify();

    /**
     * The newest link as stored, unchecked: what a checkpoint anchors outside the database, so that a
     * later removal or rewrite of links up to it shows.
     */
    ChainHead head();

    /** The hash of link {@code seq}, if it exists (to check a head written down earlier). */
    Optional<String> hashOf(long seq);
}
