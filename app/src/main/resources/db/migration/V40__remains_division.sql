-- Remains divided by a split into two or more new remains (a bag that held two persons, say): the
-- divided remains are no longer a body or a part of their own, so they leave every queue and count
-- neither as an individual nor as a body part. Insert-only, like the rest of the register.
CREATE TABLE remains_division (
    remains_id   bigint      PRIMARY KEY REFERENCES remains (id),
    basis        text        NOT NULL CHECK (length(trim(basis)) BETWEEN 1 AND 2000),
    recorded_at  timestamptz NOT NULL,
    recorded_by  text        NOT NULL
);
COMMENT ON TABLE remains_division IS 'Remains divided by a split: their parts carry on under new body numbers (remains_link SPLIT_FROM).';

CREATE TRIGGER remains_division_insert_only BEFORE UPDATE OR DELETE ON remains_division FOR EACH ROW
    EXECUTE FUNCTION remains_register_is_insert_only();
CREATE TRIGGER remains_division_no_truncate BEFORE TRUNCATE ON remains_division FOR EACH STATEMENT
    EXECUTE FUNCTION remains_register_is_insert_only();
