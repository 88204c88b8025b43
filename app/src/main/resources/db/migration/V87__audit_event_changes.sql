-- The newest audit entry that records a change, as opposed to a sign-in or a read of a restricted
-- record (AuditLog.lastChange): kept pages and computed ledger figures hold until it moves. Without
-- this index the query walks back over every read since the last change (an analyst opening a
-- candidate audits the profiles read). The predicate is AuditLog.CHANGES, word for word.
CREATE INDEX audit_event_changes ON audit_event (seq)
    WHERE action NOT IN ('login.succeeded', 'login.failed', 'login.refused', 'logout.succeeded',
                         'genetic-profiles.read', 'genetic-link.followed', 'family-contact.read', 'registry.contact-read');
