-- Bags as they really arrive: some damaged, unlabelled, with an illegible label or a broken seal
-- (condition), some without a number in the manifest, registered under a provisional one. A label
-- read later is recorded beside the bag (the latest holds), with a LABEL_RECORDED custody event for
-- what the bag held. Adding columns fires no row trigger: the register stays insert-only.
ALTER TABLE remains_bag
    ADD COLUMN condition   text    CHECK (condition IN ('DAMAGED', 'UNLABELLED', 'LABEL_ILLEGIBLE', 'SEAL_BROKEN')),
    ADD COLUMN provisional boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN remains_bag.provisional IS 'The bag number was given by the register because the bag had none that could be read.';

CREATE TABLE remains_bag_label (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bag_id       bigint      NOT NULL REFERENCES remains_bag (id),
    label        text        NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 100),
    recorded_at  timestamptz NOT NULL,
    recorded_by  text        NOT NULL
);
CREATE INDEX remains_bag_label_bag ON remains_bag_label (bag_id);
CREATE TRIGGER remains_bag_label_insert_only BEFORE UPDATE OR DELETE ON remains_bag_label FOR EACH ROW
    EXECUTE FUNCTION remains_register_is_insert_only();
CREATE TRIGGER remains_bag_label_no_truncate BEFORE TRUNCATE ON remains_bag_label FOR EACH STATEMENT
    EXECUTE FUNCTION remains_register_is_insert_only();

ALTER TABLE custody_event DROP CONSTRAINT custody_event_event_type_check;
ALTER TABLE custody_event ADD CONSTRAINT custody_event_event_type_check CHECK (event_type IN ('HANDOVER', 'RECEIPT', 'STORAGE_IN',
    'STORAGE_OUT', 'SAMPLING', 'EXAMINATION', 'TRANSFER_BETWEEN_FACILITIES', 'RELEASE_TO_FAMILY', 'BURIAL', 'RETURN_TO_OTHER_SIDE',
    'LABEL_RECORDED'));
