-- govcloud schema, version 5, for H2 2.x.
-- The billing ledger (docs/rules.md#r4; Art. 30): started once, at the first month billed, by the
-- municipal authority; months are issued strictly one after another from it. The one row of
-- gc_billing_ledger holds the first month and the next month to issue: issuing a month moves next_month
-- on with an UPDATE that names the month it expects, so that of units issuing at once only one can move
-- it, and a second "first month" or a gap can never commit. Its primary key makes the ledger started once.
-- Subjects of the audit trail and of notifications may be a billing account, written as its three ids
-- (department/platform/provider): up to 200 characters (docs/rules.md#limits).

CREATE TABLE gc_billing_ledger (
  ledger_id INTEGER NOT NULL PRIMARY KEY CHECK (ledger_id = 1),
  first_year INTEGER NOT NULL,
  first_month SMALLINT NOT NULL,
  started_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  next_year INTEGER NOT NULL,
  next_month SMALLINT NOT NULL
);

-- A store that issued months before version 5 started its ledger at its first issued month, when that
-- month was issued; its next month follows its last issued month.
INSERT INTO gc_billing_ledger (ledger_id, first_year, first_month, started_at, next_year, next_month)
SELECT 1, f.bill_year, f.bill_month, f.issued_at,
  CASE WHEN l.bill_month = 12 THEN l.bill_year + 1 ELSE l.bill_year END,
  CASE WHEN l.bill_month = 12 THEN 1 ELSE l.bill_month + 1 END
FROM gc_issued_month f, gc_issued_month l
WHERE NOT EXISTS (SELECT 1 FROM gc_issued_month e WHERE e.bill_year * 12 + e.bill_month < f.bill_year * 12 + f.bill_month)
  AND NOT EXISTS (SELECT 1 FROM gc_issued_month e WHERE e.bill_year * 12 + e.bill_month > l.bill_year * 12 + l.bill_month);

ALTER TABLE gc_audit_record ALTER COLUMN subject_id SET DATA TYPE VARCHAR(200);
ALTER TABLE gc_notification ALTER COLUMN subject_id SET DATA TYPE VARCHAR(200);
