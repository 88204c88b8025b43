-- Label versus DNA (issue 15 item 5). What the label, the manifest or the handover stated of whose
-- remains these are (a name, a service number, a side), and each contradiction between such a
-- statement and the DNA result that identification found when it confirmed who the remains are.
-- Side evidence may rest on DNA (remains_nationality.evidence is free text[]: 'DNA' needs no change).
CREATE TABLE remains_stated_identity (
    id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_number           text        NOT NULL REFERENCES remains (body_number),
    source                text        NOT NULL CHECK (source IN ('LABEL', 'MANIFEST', 'HANDOVER')),
    stated_name           text        CHECK (length(stated_name) <= 300),
    stated_service_number text        CHECK (length(stated_service_number) <= 100),
    stated_side           text        CHECK (stated_side IN ('OWN_SIDE', 'OTHER_SIDE')),
    recorded_by           text        NOT NULL,
    recorded_at           timestamptz NOT NULL,
    CHECK (stated_name IS NOT NULL OR stated_service_number IS NOT NULL OR stated_side IS NOT NULL)
);
CREATE INDEX remains_stated_identity_body ON remains_stated_identity (body_number);

CREATE TABLE remains_label_contradiction (
    stated_identity bigint      NOT NULL REFERENCES remains_stated_identity (id),
    body_number     text        NOT NULL REFERENCES remains (body_number),
    identified_as   text        NOT NULL,
    decision        text        NOT NULL,
    detail          text        NOT NULL,
    found_at        timestamptz NOT NULL,
    PRIMARY KEY (stated_identity, identified_as)
);
CREATE INDEX remains_label_contradiction_body ON remains_label_contradiction (body_number);
COMMENT ON COLUMN remains_label_contradiction.decision IS 'What established the identity: identification decision n, or re-association n.';
