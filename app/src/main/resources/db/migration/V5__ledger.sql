-- The exchange ledger (package org.homeward.app.ledger): parties, sources, statements, agreements,
-- transfers, offers, and the count claims that cite statements. Every figure is a claim by one
-- party; claims are never updated or deleted (a correction is a new claim that supersedes the old),
-- and neither are the statements they quote or the part-of links between them.

CREATE TABLE ledger_party (
    id      uuid PRIMARY KEY,
    name    text NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind    text NOT NULL CHECK (kind IN ('STATE', 'AGENCY', 'MEDIATOR', 'INDEPENDENT')),
    side_of uuid REFERENCES ledger_party (id),
    aliases text[] NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE ledger_party IS 'States, agencies, mediators and independent bodies whose figures the ledger records.';
COMMENT ON COLUMN ledger_party.side_of IS 'The state an agency or official speaks for (Coordination Headquarters -> Ukraine); null for a state itself or an independent body.';
COMMENT ON COLUMN ledger_party.aliases IS 'Other names by which texts refer to the party (Kyiv, Moscow, Medinsky), used to propose claims from text.';

CREATE TABLE ledger_source (
    id           uuid PRIMARY KEY,
    publisher    text NOT NULL CHECK (length(trim(publisher)) > 0),
    title        text,
    url          text CHECK (url ~ '^https?://'),
    published_on date,
    kind         text NOT NULL CHECK (kind IN ('OFFICIAL_STATEMENT', 'STATE_MEDIA', 'INDEPENDENT_MEDIA',
                                               'UNNAMED_OFFICIALS', 'INDEPENDENT_ESTIMATE', 'COMPILATION')),
    reference    text,
    recorded_at  timestamptz NOT NULL
);
COMMENT ON TABLE ledger_source IS 'Where a statement was published. reference says where the text is kept when there is no URL.';

CREATE TABLE ledger_statement (
    id          uuid PRIMARY KEY,
    source_id   uuid NOT NULL REFERENCES ledger_source (id),
    party_id    uuid REFERENCES ledger_party (id),
    speaker     text,
    stated_on   date,
    quote       text NOT NULL CHECK (length(trim(quote)) > 0),
    recorded_at timestamptz NOT NULL
);
COMMENT ON TABLE ledger_statement IS 'The exact sentence a source published, who said it (party and/or named speaker) and when.';
CREATE INDEX ledger_statement_source ON ledger_statement (source_id);

CREATE TABLE ledger_agreement (
    id             uuid PRIMARY KEY,
    name           text NOT NULL CHECK (length(trim(name)) > 0),
    concluded_on   date NOT NULL,
    date_precision text NOT NULL CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
    place          text,
    note           text,
    recorded_at    timestamptz NOT NULL
);

CREATE TABLE ledger_agreement_mediator (
    agreement_id uuid NOT NULL REFERENCES ledger_agreement (id),
    party_id     uuid NOT NULL REFERENCES ledger_party (id),
    PRIMARY KEY (agreement_id, party_id)
);

CREATE TABLE ledger_commitment (
    id            uuid PRIMARY KEY,
    agreement_id  uuid NOT NULL REFERENCES ledger_agreement (id),
    from_party_id uuid NOT NULL REFERENCES ledger_party (id),
    to_party_id   uuid NOT NULL REFERENCES ledger_party (id),
    description   text,
    UNIQUE (agreement_id, from_party_id, to_party_id),
    CHECK (from_party_id <> to_party_id)
);
COMMENT ON TABLE ledger_commitment IS 'One direction of an agreement (Russia -> Ukraine). The committed and delivered figures are claims about it.';

CREATE TABLE ledger_transfer (
    id                   uuid PRIMARY KEY,
    occurred_on          date NOT NULL,
    date_precision       text NOT NULL CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
    place                text,
    phase                integer CHECK (phase > 0),
    from_party_id        uuid NOT NULL REFERENCES ledger_party (id),
    to_party_id          uuid NOT NULL REFERENCES ledger_party (id),
    agreement_id         uuid REFERENCES ledger_agreement (id),
    kind                 text NOT NULL CHECK (kind IN ('REPATRIATION', 'RETURN')),
    returns_transfer_id  uuid REFERENCES ledger_transfer (id),
    note                 text,
    recorded_at          timestamptz NOT NULL,
    CHECK (from_party_id <> to_party_id),
    CHECK ((kind = 'RETURN') = (returns_transfer_id IS NOT NULL))
);
COMMENT ON TABLE ledger_transfer IS 'Remains handed over from one party to another on a date. A RETURN sends back remains found to belong to the other side, received in returns_transfer_id.';
CREATE INDEX ledger_transfer_agreement ON ledger_transfer (agreement_id);

CREATE TABLE ledger_transfer_facilitator (
    transfer_id uuid NOT NULL REFERENCES ledger_transfer (id),
    party_id    uuid NOT NULL REFERENCES ledger_party (id),
    PRIMARY KEY (transfer_id, party_id)
);

CREATE TABLE ledger_offer (
    id              uuid PRIMARY KEY,
    made_on         date NOT NULL,
    date_precision  text NOT NULL CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
    from_party_id   uuid NOT NULL REFERENCES ledger_party (id),
    to_party_id     uuid NOT NULL REFERENCES ledger_party (id),
    description     text NOT NULL,
    response_status text NOT NULL CHECK (response_status IN ('AWAITING', 'ACCEPTED', 'DECLINED')),
    response        text,
    responded_on    date,
    recorded_at     timestamptz NOT NULL,
    CHECK (from_party_id <> to_party_id)
);
COMMENT ON TABLE ledger_offer IS 'A unilateral offer to hand over remains, with the other party''s response (the only row of the ledger that changes).';

CREATE TABLE ledger_claim (
    id                   uuid PRIMARY KEY,
    statement_id         uuid NOT NULL REFERENCES ledger_statement (id),
    party_id             uuid NOT NULL REFERENCES ledger_party (id),
    subject_kind         text NOT NULL CHECK (subject_kind IN ('TRANSFER', 'COMMITTED', 'DELIVERED', 'OFFER', 'RECOVERY', 'CASUALTY')),
    transfer_id          uuid REFERENCES ledger_transfer (id),
    commitment_id        uuid REFERENCES ledger_commitment (id),
    offer_id             uuid REFERENCES ledger_offer (id),
    about                text,
    unit                 text NOT NULL CHECK (unit IN ('BAGS', 'BODIES', 'INDIVIDUALS', 'FRAGMENTS', 'PERSONS')),
    qualifier            text NOT NULL CHECK (qualifier IN ('EXACT', 'APPROXIMATE', 'AT_LEAST', 'AT_MOST', 'RANGE')),
    value_low            bigint CHECK (value_low >= 0),
    value_best           bigint CHECK (value_best >= 0),
    value_high           bigint CHECK (value_high >= 0),
    assessed_reliability text CHECK (assessed_reliability IN ('CONFIRMED_BY_BOTH', 'SINGLE_SOURCE', 'DISPUTED', 'UNVERIFIED')),
    supersedes           uuid UNIQUE REFERENCES ledger_claim (id),
    note                 text,
    recorded_at          timestamptz NOT NULL,
    recorded_by          text,
    CONSTRAINT ledger_claim_subject CHECK (CASE subject_kind
        WHEN 'TRANSFER'  THEN transfer_id IS NOT NULL AND commitment_id IS NULL AND offer_id IS NULL
        WHEN 'COMMITTED' THEN commitment_id IS NOT NULL AND transfer_id IS NULL AND offer_id IS NULL
        WHEN 'DELIVERED' THEN commitment_id IS NOT NULL AND transfer_id IS NULL AND offer_id IS NULL
        WHEN 'OFFER'     THEN offer_id IS NOT NULL AND transfer_id IS NULL AND commitment_id IS NULL
        WHEN 'RECOVERY'  THEN about IS NOT NULL AND commitment_id IS NULL AND offer_id IS NULL
        WHEN 'CASUALTY'  THEN about IS NOT NULL AND transfer_id IS NULL AND commitment_id IS NULL AND offer_id IS NULL
    END),
    CONSTRAINT ledger_claim_figure CHECK (CASE qualifier
        WHEN 'EXACT'       THEN value_best IS NOT NULL AND value_low = value_best AND value_high = value_best
        WHEN 'APPROXIMATE' THEN value_best IS NOT NULL
        WHEN 'AT_LEAST'    THEN value_low IS NOT NULL AND value_high IS NULL
        WHEN 'AT_MOST'     THEN value_high IS NOT NULL AND value_low IS NULL
        WHEN 'RANGE'       THEN value_low IS NOT NULL AND value_high IS NOT NULL
    END),
    CHECK (value_low IS NULL OR value_best IS NULL OR value_low <= value_best),
    CHECK (value_best IS NULL OR value_high IS NULL OR value_best <= value_high),
    CHECK (value_low IS NULL OR value_high IS NULL OR value_low <= value_high),
    CHECK (supersedes IS NULL OR supersedes <> id)
);
COMMENT ON TABLE ledger_claim IS 'A figure as one party states it, citing the statement; immutable. A correction is a new row whose supersedes names the old one.';
COMMENT ON COLUMN ledger_claim.party_id IS 'Whose figure this is (Ukraine''s count, Russia''s count), which may differ from whoever published the statement.';
COMMENT ON COLUMN ledger_claim.about IS 'For a recovery the place (near Bakhmut); for a casualty figure the population (Ukrainian military deaths).';
COMMENT ON COLUMN ledger_claim.assessed_reliability IS 'A grade set by the person who entered the claim; null when the grade is derived from the other claims.';
CREATE INDEX ledger_claim_transfer ON ledger_claim (transfer_id);
CREATE INDEX ledger_claim_commitment ON ledger_claim (commitment_id);
CREATE INDEX ledger_claim_statement ON ledger_claim (statement_id);

CREATE TABLE ledger_claim_part (
    whole_id uuid NOT NULL REFERENCES ledger_claim (id),
    part_id  uuid NOT NULL REFERENCES ledger_claim (id),
    PRIMARY KEY (whole_id, part_id),
    CHECK (whole_id <> part_id)
);
COMMENT ON TABLE ledger_claim_part IS 'Breakdowns: part_id is stated as a part of whole_id (89 near Bakhmut of the 320 from Donetsk). Immutable.';

-- Claims, the statements they quote, the sources and the breakdown links are append-only: no
-- UPDATE, DELETE or TRUNCATE, whoever connects.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused (a correction is a new claim that supersedes the old)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER ledger_claim_append_only BEFORE UPDATE OR DELETE ON ledger_claim
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_claim_no_truncate BEFORE TRUNCATE ON ledger_claim
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_claim_part_append_only BEFORE UPDATE OR DELETE ON ledger_claim_part
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_claim_part_no_truncate BEFORE TRUNCATE ON ledger_claim_part
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_statement_append_only BEFORE UPDATE OR DELETE ON ledger_statement
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_statement_no_truncate BEFORE TRUNCATE ON ledger_statement
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_source_append_only BEFORE UPDATE OR DELETE ON ledger_source
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_source_no_truncate BEFORE TRUNCATE ON ledger_source
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
