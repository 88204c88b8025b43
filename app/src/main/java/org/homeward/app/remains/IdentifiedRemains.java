package org.homeward.app.remains;

import java.util.Optional;

/**
 * Port through which identification tells the register which remains DNA identified as one of our
 * missing persons, so that they are never sent back to the other side. Declare one bean implementing
 * it; without one nothing is known to be identified ({@link #NONE}).
 */
@FunctionalInterface
public interface IdentifiedRemains {

    IdentifiedRemains NONE = bodyNumber -> Optional.empty();

    /** The missing person the remains were identified as (a confirmed identification or re-association), if they were. */
    Optional<String> identifiedAs(String bodyNumber);
}
