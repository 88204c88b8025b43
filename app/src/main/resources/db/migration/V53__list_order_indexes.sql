-- Indexes for the paged lists' default orders and filters (issues 17 and 19): a list page reads one
-- page in index order and counts its rows, instead of reading and sorting a whole table.
CREATE INDEX remains_bag_transfer ON remains_bag (transfer_id, registered_at, id);
CREATE INDEX remains_registered ON remains (registered_at, id);
CREATE INDEX identification_candidate_run ON identification_candidate (run_id, log10_lr DESC, id);
CREATE INDEX identification_decision_decided ON identification_decision (decided_at);
CREATE INDEX audit_event_actor ON audit_event (actor, seq);
CREATE INDEX audit_event_action ON audit_event (action, seq);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX registry_missing_person_reported ON registry_missing_person (reported_at, id);
CREATE INDEX families_notification_started ON families_notification (started_at, id);
