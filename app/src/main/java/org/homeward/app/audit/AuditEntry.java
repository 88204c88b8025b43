package org.homeward.app.audit;

import java.time.Instant;
import java.util.Map;

/** One entry of the audit log as stored: its place in the chain, the event, and the chain hashes. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String clientAddress, String action,
        String subject, Map<String, String> details, String previousHash, String hash) {
}
