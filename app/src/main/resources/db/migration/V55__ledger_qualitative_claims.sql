-- Issue 16 item 4: claims that assert something without a number ("a vast number of corpses"), or
-- only an order of magnitude ("tens of thousands", kept in words, never turned into an interval).
-- The speaker and the source are the statement's; append-only like the statements they quote.
CREATE TABLE ledger_qualitative_claim (
    id              uuid PRIMARY KEY,
    statement_id    uuid NOT NULL REFERENCES ledger_statement (id),
    assertion       text NOT NULL CHECK (length(trim(assertion)) BETWEEN 1 AND 500),
    place           text CHECK (length(place) <= 300),
    claimed_on      date,
    date_precision  text CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
    magnitude       text CHECK (magnitude IN ('TENS', 'HUNDREDS', 'THOUSANDS', 'TENS_OF_THOUSANDS', 'HUNDREDS_OF_THOUSANDS')),
    verification    text NOT NULL CHECK (verification IN ('UNVERIFIED', 'CONTESTED', 'CORROBORATED')),
    corroborated_by text CHECK (length(corroborated_by) <= 500),
    recorded_at     timestamptz NOT NULL,
    recorded_by     text,
    CHECK ((claimed_on IS NULL) = (date_precision IS NULL)),
    CHECK ((verification = 'CORROBORATED') = (corroborated_by IS NOT NULL))
);
COMMENT ON TABLE ledger_qualitative_claim IS 'A claim without a figure (or with only an order of magnitude), quoting its statement; immutable.';
CREATE INDEX ledger_qualitative_claim_statement ON ledger_qualitative_claim (statement_id);

CREATE TRIGGER ledger_qualitative_claim_append_only BEFORE UPDATE OR DELETE ON ledger_qualitative_claim
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_qualitative_claim_no_truncate BEFORE TRUNCATE ON ledger_qualitative_claim
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
