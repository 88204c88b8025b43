-- The registry of the missing (package org.homeward.app.registry): families, the missing persons
-- they reported, their relatives (contact details apart, read under FAMILY_CONTACT_READ and audited),
-- the relationships in plain words from which each family's reference pedigree is built, and the
-- reference samples with their donors' consent. DNA profiles are not here: they are kept under
-- their sample codes by the security feature (genetic_sample, genetic_profile).
--
-- Nothing is deleted: a duplicate report is merged into its survivor (merged_into), a status change
-- is a new row of missing_person_status, a withdrawn consent keeps its row.

CREATE TABLE registry_family (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL CHECK (length(trim(name)) > 0),
    demo_key   text UNIQUE,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    version    integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE registry_family IS 'A family that reported one or more missing persons; one reference pedigree per family.';
COMMENT ON COLUMN registry_family.demo_key IS 'Fixed key of a demonstration family, so loading the demo twice changes nothing.';

CREATE SEQUENCE registry_missing_person_number;
CREATE TABLE registry_missing_person (
    id                   text PRIMARY KEY CHECK (id ~ '^MP-[0-9]+$'),
    family_id            bigint NOT NULL REFERENCES registry_family (id),
    relation_words       text,
    relation_of          text,
    service_number       text,
    surname              text NOT NULL CHECK (length(trim(surname)) > 0),
    given_names          text,
    surname_latin        text NOT NULL,
    given_names_latin    text,
    search_key           text NOT NULL,
    name_key             text NOT NULL,
    sex                  text NOT NULL CHECK (sex IN ('MALE', 'FEMALE', 'UNKNOWN')),
    date_of_birth        date,
    unit                 text,
    last_seen_on         date,
    last_seen_place      text,
    circumstances        text,
    physical_description text,
    status               text NOT NULL,
    status_changed_at    timestamptz NOT NULL,
    merged_into          text REFERENCES registry_missing_person (id),
    reported_at          timestamptz NOT NULL,
    reported_by          text NOT NULL,
    version              integer NOT NULL DEFAULT 0,
    CHECK ((relation_words IS NULL) = (relation_of IS NULL))
);
COMMENT ON COLUMN registry_missing_person.relation_words IS 'How this person relates to relation_of in plain words (son, brother); null for the person the family''s pedigree starts from.';
COMMENT ON COLUMN registry_missing_person.search_key IS 'Normalised Latin form of the names (Cyrillic transliterated by KMU 2010, variants folded), for search in either script.';
COMMENT ON COLUMN registry_missing_person.name_key IS 'Normalised surname and first given name, to find duplicate reports (with the date of birth).';
COMMENT ON COLUMN registry_missing_person.merged_into IS 'Set when this report was a duplicate: the record that survives. The duplicate stays, out of lists and pedigrees.';
CREATE INDEX registry_missing_person_family ON registry_missing_person (family_id);
CREATE INDEX registry_missing_person_service_number ON registry_missing_person (service_number);
CREATE INDEX registry_missing_person_search ON registry_missing_person (search_key);
CREATE INDEX registry_missing_person_name ON registry_missing_person (name_key, date_of_birth);

CREATE TABLE registry_status_change (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    missing_person_id text NOT NULL REFERENCES registry_missing_person (id),
    status            text NOT NULL,
    changed_at        timestamptz NOT NULL,
    changed_by        text NOT NULL,
    note              text
);
COMMENT ON TABLE registry_status_change IS 'Every status a missing person has had, dated and attributed; the first row is the report.';
CREATE INDEX registry_status_change_person ON registry_status_change (missing_person_id);

CREATE TABLE registry_merge (
    duplicate_id text PRIMARY KEY REFERENCES registry_missing_person (id),
    survivor_id  text NOT NULL REFERENCES registry_missing_person (id),
    reason       text NOT NULL,
    merged_at    timestamptz NOT NULL,
    merged_by    text NOT NULL
);

CREATE SEQUENCE registry_relative_number;
CREATE TABLE registry_relative (
    id              text PRIMARY KEY CHECK (id ~ '^R-[0-9]+$'),
    family_id       bigint NOT NULL REFERENCES registry_family (id),
    full_name       text NOT NULL CHECK (length(trim(full_name)) > 0),
    full_name_latin text NOT NULL,
    sex             text NOT NULL CHECK (sex IN ('MALE', 'FEMALE', 'UNKNOWN')),
    relation_words  text NOT NULL,
    relation_of     text NOT NULL,
    reporting       boolean NOT NULL DEFAULT false,
    may_give_sample boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL,
    created_by      text NOT NULL
);
COMMENT ON COLUMN registry_relative.relation_of IS 'The member of the family (MP-n or R-n) that relation_words is relative to.';
CREATE INDEX registry_relative_family ON registry_relative (family_id);

CREATE TABLE registry_contact (
    relative_id text PRIMARY KEY REFERENCES registry_relative (id),
    phone       text,
    email       text,
    address     text,
    language    text,
    updated_at  timestamptz NOT NULL,
    updated_by  text NOT NULL
);
COMMENT ON TABLE registry_contact IS 'Relatives'' contact details: read only with FAMILY_CONTACT_READ (or break-glass), every read audited.';

CREATE TABLE registry_reference_sample (
    sample_code           text PRIMARY KEY,
    relative_id           text NOT NULL REFERENCES registry_relative (id),
    collected_on          date,
    consent_scope         text NOT NULL CHECK (consent_scope IN ('IDENTIFICATION_ONLY', 'IDENTIFICATION_AND_SHARING')),
    consent_organisations text[] NOT NULL DEFAULT '{}',
    consent_recorded_at   timestamptz NOT NULL,
    consent_withdrawn_at  timestamptz,
    withdrawal_reason     text,
    profile_stored_at     timestamptz,
    profile_source        text,
    created_at            timestamptz NOT NULL,
    created_by            text NOT NULL
);
COMMENT ON TABLE registry_reference_sample IS 'A relative''s reference sample by its barcode, with the donor''s consent; the profile itself is stored under the code by GeneticData.';
CREATE INDEX registry_reference_sample_relative ON registry_reference_sample (relative_id);
