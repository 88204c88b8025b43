-- Breakdowns are trees (issue 16 item 3): a claim is stated as part of at most one whole, and the link
-- is kept on the claim itself (part_of, its parent). share says how: one of the parts the whole is
-- divided into (the parts of a whole should add up to it), or a share named of it ("of those, 89 near
-- Bakhmut": a child of the 320, never a sibling, and no claim that the shares make up the whole).

ALTER TABLE ledger_claim ADD COLUMN part_of uuid REFERENCES ledger_claim (id);
ALTER TABLE ledger_claim ADD COLUMN share boolean NOT NULL DEFAULT false;
ALTER TABLE ledger_claim ADD CONSTRAINT ledger_claim_not_own_part CHECK (part_of IS NULL OR part_of <> id);
ALTER TABLE ledger_claim ADD CONSTRAINT ledger_claim_share_of_a_whole CHECK (part_of IS NOT NULL OR NOT share);
CREATE INDEX ledger_claim_part_of ON ledger_claim (part_of);
COMMENT ON COLUMN ledger_claim.part_of IS 'The whole this claim is stated as a part of (89 near Bakhmut of the 320 from Donetsk); set once, never changed.';
COMMENT ON COLUMN ledger_claim.share IS 'A share named of the whole ("of those"), not one of the parts that should add up to it.';

-- The links recorded so far move onto their parts. A part linked to several wholes stays in the
-- smallest (the innermost: an 89 linked to both the 563 and the 320 is in the 320); a whole's only
-- part that is smaller than it was read as a share of it, and stays one.
ALTER TABLE ledger_claim DISABLE TRIGGER ledger_claim_append_only;
UPDATE ledger_claim part SET part_of = link.whole_id
FROM (SELECT DISTINCT ON (l.part_id) l.part_id, l.whole_id
      FROM ledger_claim_part l JOIN ledger_claim w ON w.id = l.whole_id
      ORDER BY l.part_id, coalesce(w.value_best, w.value_high, w.value_low), w.recorded_at) link
WHERE part.id = link.part_id;
UPDATE ledger_claim part SET share = true
WHERE part.part_of IS NOT NULL
  AND (SELECT count(*) FROM ledger_claim sibling WHERE sibling.part_of = part.part_of) = 1
  AND coalesce(part.value_best, part.value_high) < (SELECT coalesce(w.value_best, w.value_low) FROM ledger_claim w WHERE w.id = part.part_of);
ALTER TABLE ledger_claim ENABLE TRIGGER ledger_claim_append_only;
DROP TABLE ledger_claim_part;

-- Claims stay append-only, except that a claim recorded on its own may be stated as a part of
-- another once (its part_of and share set from nothing, every other column as it was).
CREATE FUNCTION ledger_claim_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.part_of IS NULL AND NEW.part_of IS NOT NULL
                AND to_jsonb(OLD) - 'part_of' - 'share' = to_jsonb(NEW) - 'part_of' - 'share' THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused (a correction is a new claim that supersedes the old)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
DROP TRIGGER ledger_claim_append_only ON ledger_claim;
CREATE TRIGGER ledger_claim_append_only BEFORE UPDATE OR DELETE ON ledger_claim
    FOR EACH ROW EXECUTE FUNCTION ledger_claim_refuse_change();
