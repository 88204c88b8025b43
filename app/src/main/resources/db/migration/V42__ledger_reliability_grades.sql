-- Issue 16 item 1: two derived grades join the ones a person may also assess by hand. RETOLD: the
-- statement's speaker does not speak for the claim's party (media, a compilation retelling it).
-- NOT_A_PARTY_FIGURE: a mediator's, monitor's or medium's own figure, never a party's count.
ALTER TABLE ledger_claim DROP CONSTRAINT ledger_claim_assessed_reliability_check;
ALTER TABLE ledger_claim ADD CONSTRAINT ledger_claim_assessed_reliability_check
    CHECK (assessed_reliability IN ('CONFIRMED_BY_BOTH', 'SINGLE_SOURCE', 'DISPUTED', 'UNVERIFIED', 'RETOLD', 'NOT_A_PARTY_FIGURE'));
