-- Credentials and separation of duties (issue 14, findings 1, 7 and 8).

-- A break-glass grant belongs to the credential that opened it: a browser session (NULL) or one
-- API token. A grant opened in the browser does not extend to the same person's tokens.
ALTER TABLE break_glass_grant ADD COLUMN api_token_id bigint REFERENCES api_token (id);

-- Who created an account (NULL: the console, the first-start setup link or the demo), so that two
-- analysts of one identification can be checked for one having created the other's account.
ALTER TABLE app_user ADD COLUMN created_by bigint REFERENCES app_user (id);

-- The supervisor approves notifying a family; the family liaison officer does not approve their own work.
ALTER TABLE app_user_role DROP CONSTRAINT app_user_role_role_check;
ALTER TABLE app_user_role ADD CONSTRAINT app_user_role_role_check
    CHECK (role IN ('ADMINISTRATOR', 'COORDINATOR', 'FORENSIC_ANALYST', 'FAMILY_LIAISON', 'SUPERVISOR', 'AUDITOR', 'OBSERVER'));

-- Failed sign-ins per account ("account:<username>") and per client address ("address:<ip>"),
-- shared by every application instance and kept across restarts.
CREATE TABLE sign_in_failures (
    counter      text        PRIMARY KEY CHECK (length(counter) <= 200),
    failures     integer     NOT NULL CHECK (failures >= 0),
    since        timestamptz NOT NULL,
    locked_until timestamptz
);
