package org.homeward.app.security;

import org.homeward.app.audit.ActorSource;
import org.springframework.stereotype.Component;

/** The audit log's actor is the one {@link Actor}. */
@Component
class AuditActorSource implements ActorSource {

    @Override
    public String currentActor() {
        return Actor.current().name();
    }
}
