-- The families' workflow (package org.homeward.app.families): from a confirmed identification to
-- burial, one notification per identification decision, each step dated, attributed and
-- append-only. Missing persons, families and relatives are the registry's: referred to by id only.

CREATE TABLE families_notification (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    decision_id       bigint NOT NULL UNIQUE,
    missing_person_id text NOT NULL,
    family_id         bigint NOT NULL,
    body_number       text NOT NULL,
    started_at        timestamptz NOT NULL,
    last_step         text NOT NULL,
    last_step_at      timestamptz NOT NULL,
    next_of_kin       text,
    version           integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE families_notification IS 'A family''s notification workflow, started by a confirmed identification (decision_id); last_step and last_step_at summarise families_notification_step.';
CREATE INDEX families_notification_family ON families_notification (family_id);
CREATE INDEX families_notification_person ON families_notification (missing_person_id);

CREATE TABLE families_notification_step (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notification_id    bigint NOT NULL REFERENCES families_notification (id),
    step               text NOT NULL CHECK (step IN ('IDENTIFICATION_CONFIRMED', 'SUPERVISOR_APPROVED', 'NEXT_OF_KIN_RESOLVED',
                                                     'VISIT_SCHEDULED', 'FAMILY_INFORMED', 'CERTIFICATE_ISSUED',
                                                     'REMAINS_RELEASED', 'BURIAL_RECORDED')),
    done_at            timestamptz NOT NULL,
    done_by            text NOT NULL,
    note               text,
    relative_id        text,
    scheduled_for      timestamptz,
    place              text,
    outcome            text,
    certificate_number text,
    received_by        text,
    occurred_on        date,
    custody_event      bigint,
    UNIQUE (notification_id, step)
);
COMMENT ON COLUMN families_notification_step.custody_event IS 'The remains register''s custody event recording the release or the burial, when there is one.';

CREATE FUNCTION families_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER families_notification_step_append_only BEFORE UPDATE OR DELETE ON families_notification_step
    FOR EACH ROW EXECUTE FUNCTION families_refuse_change();
CREATE TRIGGER families_notification_step_no_truncate BEFORE TRUNCATE ON families_notification_step
    FOR EACH STATEMENT EXECUTE FUNCTION families_refuse_change();
