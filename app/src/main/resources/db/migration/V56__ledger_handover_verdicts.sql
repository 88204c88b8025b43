-- Issue 16 item 5: a coordinator's verdict on two transfers that could be the same handover. The
-- pair is stored in one order (first_transfer_id < second_transfer_id); the latest verdict on a pair
-- stands, earlier ones stay as its history.
CREATE TABLE ledger_handover_verdict (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_transfer_id  uuid NOT NULL REFERENCES ledger_transfer (id),
    second_transfer_id uuid NOT NULL REFERENCES ledger_transfer (id),
    verdict            text NOT NULL CHECK (verdict IN ('SAME', 'DIFFERENT')),
    note               text CHECK (length(note) <= 2000),
    decided_at         timestamptz NOT NULL,
    decided_by         text,
    CHECK (first_transfer_id < second_transfer_id)
);
COMMENT ON TABLE ledger_handover_verdict IS 'Two transfers judged the same handover (counted once, both sources kept) or different; the latest per pair stands.';
CREATE INDEX ledger_handover_verdict_pair ON ledger_handover_verdict (first_transfer_id, second_transfer_id);

CREATE TRIGGER ledger_handover_verdict_append_only BEFORE UPDATE OR DELETE ON ledger_handover_verdict
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_handover_verdict_no_truncate BEFORE TRUNCATE ON ledger_handover_verdict
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
