-- Every write of a DNA profile appends a link to one hash chain (seq, the sample code, the SHA-256
-- of the profile's canonical alleles, the time), so that an allele edited in genetic_profile no
-- longer matches its sample's newest link (see GeneticProfileLog). Profiles stored before this
-- migration are chained by the Java migration V33_1 that follows it.
CREATE TABLE genetic_profile_chain (
    seq           bigint      PRIMARY KEY CHECK (seq > 0),
    sample_code   text        NOT NULL REFERENCES genetic_sample (sample_code),
    profile_hash  text        NOT NULL CHECK (profile_hash ~ '^[0-9a-f]{64}$'),
    recorded_at   timestamptz NOT NULL,
    previous_hash text        NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          text        NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);

CREATE INDEX genetic_profile_chain_sample ON genetic_profile_chain (sample_code, seq);

CREATE FUNCTION genetic_profile_chain_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'genetic_profile_chain is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER genetic_profile_chain_no_update_or_delete
    BEFORE UPDATE OR DELETE ON genetic_profile_chain
    FOR EACH ROW EXECUTE FUNCTION genetic_profile_chain_is_append_only();

CREATE TRIGGER genetic_profile_chain_no_truncate
    BEFORE TRUNCATE ON genetic_profile_chain
    FOR EACH STATEMENT EXECUTE FUNCTION genetic_profile_chain_is_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON genetic_profile_chain FROM PUBLIC;
