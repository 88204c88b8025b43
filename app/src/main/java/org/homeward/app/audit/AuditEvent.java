package org.homeward.app.audit;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something to write in the audit log: what happened ({@code action}, such as
 * {@code "user.created"} or {@code "genetic-link.followed"}), to what ({@code subject}, such as
 * {@code "user:42"} or {@code "sample:S-0001"}), and details as text pairs. Who did it, from where
 * and when are added by {@link AuditLog}: the current actor (see security's {@code Actor}), the
 * client address and the injected clock's time; {@link #as(String)} names the actor explicitly (a
 * sign-in, before anyone is signed in).
 *
 * <p>Publish it inside the transaction of the change, and only so:
 * {@code events.publishEvent(AuditEvent.of("ledger.claim-added", "claim:" + id).with("party", party))}
 * with Spring's {@code ApplicationEventPublisher}.
 */
public record AuditEvent(String action, String subject, Map<String, String> details, String actor) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        if (!action.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) {
            throw new IllegalArgumentException("An audit action is dotted lower-case words, like user.created: " + action);
        }
        details = Collections.unmodifiableMap(new TreeMap<>(details == null ? Map.of() : details));
    }

    /** An event without details. {@code subject} may be null when the action has none. */
    public static AuditEvent of(String action, String subject) {
        return new AuditEvent(action, subject, Map.of(), null);
    }

    /** This event with one more detail; a null value is written as an empty string. */
    public AuditEvent with(String key, Object value) {
        Map<String, String> more = new TreeMap<>(details);
        more.put(Objects.requireNonNull(key, "key"), value == null ? "" : String.valueOf(value));
        return new AuditEvent(action, subject, more, actor);
    }

    /** This event done by {@code actorName} rather than the signed-in user. */
    public AuditEvent as(String actorName) {
        return new AuditEvent(action, subject, details, Objects.requireNonNull(actorName, "actorName"));
    }
}
