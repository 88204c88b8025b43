package org.homeward.app.audit;

/**
 * Who acts now, for entries whose event does not name its actor. The security feature provides it
 * (from its {@code Actor}); the audit log does not read the security context itself, so that
 * security may publish audit events without a dependency cycle.
 */
public interface ActorSource {

    String currentActor();
}
