-- The remains register (package org.homeward.app.remains): the bags of a transfer as received,
-- every body and body part under its own number, personal effects, nationality assessments,
-- commingling links, DNA samples and lab results, and the chain of custody.
--
-- Nothing here is ever updated or deleted by the application: a fact about remains is a new row
-- (an examination, an assessment, a link, a result), the latest one is what holds now, and the
-- earlier ones stay as history. Custody events are also hash-chained and protected by triggers.
-- Transfers live in the ledger: transfer_id columns hold the ledger's transfer id (no foreign key:
-- features never reach into each other's tables).

-- Counters behind body numbers and sample codes, one row per scope (the number without its
-- sequence, such as 'UA-2025-06-16-{seq}'). Numbers are taken with INSERT ... ON CONFLICT DO UPDATE
-- ... RETURNING, which locks the row until the transaction ends: concurrent registrations wait for
-- each other, and a rolled-back registration gives its numbers back, so there are no gaps.
CREATE TABLE remains_counter (
    scope      text   PRIMARY KEY CHECK (length(scope) BETWEEN 1 AND 200),
    last_value bigint NOT NULL CHECK (last_value >= 0)
);

-- A bag or package as handed over, under the number the receiving side gave it within the transfer.
CREATE TABLE remains_bag (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transfer_id    uuid        NOT NULL,
    bag_number     text        NOT NULL CHECK (length(trim(bag_number)) BETWEEN 1 AND 50),
    other_label    text        CHECK (length(other_label) <= 100),
    claimed_place  text        CHECK (length(claimed_place) <= 300),
    claimed_region text        CHECK (length(claimed_region) <= 200),
    claimed_lat    numeric(9, 6) CHECK (claimed_lat BETWEEN -90 AND 90),
    claimed_lon    numeric(9, 6) CHECK (claimed_lon BETWEEN -180 AND 180),
    claimed_date   date,
    notes          text        CHECK (length(notes) <= 2000),
    manifest_file  text,
    manifest_row   integer,
    registered_at  timestamptz NOT NULL,
    registered_by  text        NOT NULL,
    UNIQUE (transfer_id, bag_number)
);
COMMENT ON TABLE remains_bag IS 'A bag or package of a transfer as received; other_label is the sending side''s label or number.';

-- A body or a body part, under its body number.
CREATE TABLE remains (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_number    text        NOT NULL UNIQUE CHECK (length(body_number) BETWEEN 1 AND 64),
    kind           text        NOT NULL CHECK (kind IN ('BODY', 'BODY_PART')),
    transfer_id    uuid,
    received_on    date        NOT NULL,
    description    text        CHECK (length(description) <= 2000),
    claimed_place  text        CHECK (length(claimed_place) <= 300),
    claimed_region text        CHECK (length(claimed_region) <= 200),
    claimed_lat    numeric(9, 6) CHECK (claimed_lat BETWEEN -90 AND 90),
    claimed_lon    numeric(9, 6) CHECK (claimed_lon BETWEEN -180 AND 180),
    claimed_date   date,
    registered_at  timestamptz NOT NULL,
    registered_by  text        NOT NULL
);
COMMENT ON TABLE remains IS 'Every body and body part under its own number; transfer_id is the ledger transfer it arrived in.';
CREATE INDEX remains_transfer ON remains (transfer_id);

-- "This bag held these remains": several remains may share a bag, one person may fill several bags.
CREATE TABLE remains_bag_content (
    bag_id        bigint      NOT NULL REFERENCES remains_bag (id),
    remains_id    bigint      NOT NULL REFERENCES remains (id),
    recorded_at   timestamptz NOT NULL,
    recorded_by   text        NOT NULL,
    PRIMARY KEY (bag_id, remains_id)
);
CREATE INDEX remains_bag_content_remains ON remains_bag_content (remains_id);

-- Examinations: condition, estimated sex and age range, the established recovery place. The latest holds.
CREATE TABLE remains_examination (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    remains_id         bigint      NOT NULL REFERENCES remains (id),
    condition          text        NOT NULL CHECK (condition IN ('COMPLETE', 'INCOMPLETE', 'BURNED', 'DECOMPOSED', 'SKELETONISED')),
    estimated_sex      text        NOT NULL CHECK (estimated_sex IN ('MALE', 'FEMALE', 'UNDETERMINED')),
    age_min            integer     CHECK (age_min BETWEEN 0 AND 120),
    age_max            integer     CHECK (age_max BETWEEN 0 AND 120),
    established_place  text        CHECK (length(established_place) <= 300),
    established_region text        CHECK (length(established_region) <= 200),
    established_lat    numeric(9, 6) CHECK (established_lat BETWEEN -90 AND 90),
    established_lon    numeric(9, 6) CHECK (established_lon BETWEEN -180 AND 180),
    notes              text        CHECK (length(notes) <= 4000),
    examined_by        text        NOT NULL,
    examined_at        timestamptz NOT NULL,
    recorded_at        timestamptz NOT NULL,
    recorded_by        text        NOT NULL,
    CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max)
);
CREATE INDEX remains_examination_remains ON remains_examination (remains_id);

-- Personal effects: each its own item, coded under the body number (UA-2025-06-16-0001/E1).
CREATE TABLE remains_effect (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    remains_id   bigint      NOT NULL REFERENCES remains (id),
    effect_code  text        NOT NULL UNIQUE,
    category     text        NOT NULL CHECK (category IN ('DOCUMENT', 'IDENTITY_TAG', 'INSIGNIA', 'CLOTHING', 'JEWELLERY',
                                                          'PHONE', 'PHOTOGRAPH', 'RELIGIOUS_ITEM', 'OTHER')),
    description  text        NOT NULL CHECK (length(trim(description)) BETWEEN 1 AND 2000),
    recorded_at  timestamptz NOT NULL,
    recorded_by  text        NOT NULL
);
CREATE INDEX remains_effect_remains ON remains_effect (remains_id);

-- Nationality assessments with their evidence. The latest holds.
CREATE TABLE remains_nationality (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    remains_id   bigint      NOT NULL REFERENCES remains (id),
    assessment   text        NOT NULL CHECK (assessment IN ('OWN_SIDE', 'OTHER_SIDE', 'UNDETERMINED')),
    evidence     text[]      NOT NULL,
    notes        text        CHECK (length(notes) <= 2000),
    assessed_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX remains_nationality_remains ON remains_nationality (remains_id);

-- Commingling: remains that are (or may be, or are not) parts of one person, and parts split off
-- from remains. The latest link between two remains holds; none is ever removed.
CREATE TABLE remains_link (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    remains_a    bigint      NOT NULL REFERENCES remains (id),
    remains_b    bigint      NOT NULL REFERENCES remains (id),
    kind         text        NOT NULL CHECK (kind IN ('SAME_PERSON', 'POSSIBLY_SAME_PERSON', 'NOT_SAME_PERSON', 'SPLIT_FROM')),
    basis        text        NOT NULL CHECK (length(trim(basis)) BETWEEN 1 AND 2000),
    recorded_at  timestamptz NOT NULL,
    recorded_by  text        NOT NULL,
    CHECK (remains_a <> remains_b)
);
CREATE INDEX remains_link_a ON remains_link (remains_a);
CREATE INDEX remains_link_b ON remains_link (remains_b);

-- Remains sent back to the other side in a ledger return transfer.
CREATE TABLE remains_return (
    remains_id   bigint      PRIMARY KEY REFERENCES remains (id),
    transfer_id  uuid        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    recorded_by  text        NOT NULL
);

-- DNA samples taken from remains; resampled_from names the failed sample this one redoes.
CREATE TABLE remains_sample (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sample_code    text        NOT NULL UNIQUE CHECK (sample_code ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$'),
    remains_id     bigint      NOT NULL REFERENCES remains (id),
    material       text        NOT NULL CHECK (material IN ('BONE', 'TOOTH', 'TISSUE', 'OTHER')),
    element        text        CHECK (length(element) <= 200),
    taken_by       text        NOT NULL CHECK (length(trim(taken_by)) BETWEEN 1 AND 200),
    taken_at       timestamptz NOT NULL,
    resampled_from bigint      REFERENCES remains_sample (id),
    notes          text        CHECK (length(notes) <= 2000),
    recorded_at    timestamptz NOT NULL,
    recorded_by    text        NOT NULL
);
CREATE INDEX remains_sample_remains ON remains_sample (remains_id);

-- Lab results of a sample: a profile was obtained, or the sample failed. The latest holds. The
-- profile itself is stored apart, under the sample code only (security's genetic data).
CREATE TABLE remains_sample_result (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sample_id    bigint      NOT NULL REFERENCES remains_sample (id),
    outcome      text        NOT NULL CHECK (outcome IN ('PROFILED', 'FAILED')),
    markers      integer     CHECK (markers >= 0),
    dna_sex      text        CHECK (dna_sex IN ('MALE', 'FEMALE', 'UNKNOWN')),
    detail       text        CHECK (length(detail) <= 2000),
    source_file  text,
    recorded_at  timestamptz NOT NULL,
    recorded_by  text        NOT NULL
);
CREATE INDEX remains_sample_result_sample ON remains_sample_result (sample_id);

-- ---------------------------------------------------------------------------------------------
-- Custody events: append-only and hash-chained twice. seq numbers every event 1, 2, 3... without
-- gaps; previous_hash is the hash of event seq-1 (64 zeros for the first); item_seq numbers the
-- events of one item and item_previous_hash is the hash of that item's previous event (64 zeros for
-- its first). hash = SHA-256(previous_hash '\n' item_previous_hash '\n' canonical content), see
-- CustodyChain. Appends are serialised by a transaction-level advisory lock.
CREATE TABLE custody_event (
    seq                 bigint      PRIMARY KEY CHECK (seq > 0),
    item_kind           text        NOT NULL CHECK (item_kind IN ('REMAINS', 'SAMPLE', 'EFFECT')),
    item_code           text        NOT NULL,
    item_seq            integer     NOT NULL CHECK (item_seq > 0),
    event_type          text        NOT NULL CHECK (event_type IN ('HANDOVER', 'RECEIPT', 'STORAGE_IN', 'STORAGE_OUT',
                                        'SAMPLING', 'EXAMINATION', 'TRANSFER_BETWEEN_FACILITIES', 'RELEASE_TO_FAMILY',
                                        'BURIAL', 'RETURN_TO_OTHER_SIDE')),
    occurred_at         timestamptz NOT NULL,
    recorded_at         timestamptz NOT NULL,
    recorded_by         text        NOT NULL,
    place               text,
    storage             text        CHECK (storage IN ('MORGUE', 'REFRIGERATED_CONTAINER', 'SHELF', 'LABORATORY', 'OTHER')),
    storage_position    text,
    from_person         text,
    from_organisation   text,
    from_role           text,
    to_person           text,
    to_organisation     text,
    to_role             text,
    seals_broken        text[]      NOT NULL,
    seals_applied       text[]      NOT NULL,
    witnesses           text[]      NOT NULL,
    condition_notes     text,
    reason              text,
    previous_hash       text        NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    item_previous_hash  text        NOT NULL CHECK (item_previous_hash ~ '^[0-9a-f]{64}$'),
    hash                text        NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
    UNIQUE (item_kind, item_code, item_seq)
);
COMMENT ON TABLE custody_event IS 'The chain of custody: append-only, hash-chained globally (seq) and per item (item_seq).';

CREATE FUNCTION custody_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'custody_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER custody_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON custody_event
    FOR EACH ROW EXECUTE FUNCTION custody_event_is_append_only();

CREATE TRIGGER custody_event_no_truncate
    BEFORE TRUNCATE ON custody_event
    FOR EACH STATEMENT EXECUTE FUNCTION custody_event_is_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON custody_event FROM PUBLIC;

-- The register's other tables are insert-only as well (a correction is a new row).
CREATE FUNCTION remains_register_is_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is insert-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['remains_bag', 'remains', 'remains_bag_content', 'remains_examination', 'remains_effect',
                             'remains_nationality', 'remains_link', 'remains_return', 'remains_sample',
                             'remains_sample_result'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION remains_register_is_insert_only()', t || '_insert_only', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION remains_register_is_insert_only()', t || '_no_truncate', t);
    END LOOP;
END
$$;
