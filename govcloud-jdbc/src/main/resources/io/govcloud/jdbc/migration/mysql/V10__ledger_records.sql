-- govcloud schema, version 10, for MySQL, MariaDB and servers that speak their dialect.
-- Records of the last issuance (docs/rules.md#r4; issue 14): each jurisdiction's ledger keeps the month
-- it last issued with a fingerprint of the billing it used (gc_ledger_record, one row per jurisdiction)
-- and a fingerprint of the work orders of each resource it billed in full (gc_ledger_fingerprint), both
-- replaced at each issuance, so that issuing the next month recomputes, and reads back the issued
-- charges of, only the resources whose fingerprints changed. The lines, adjustments and recomputed lines
-- are indexed by jurisdiction and resource for that read. A database migrated from version 9 has no
-- record: its next issuance recomputes every resource, once, and writes one.

CREATE TABLE gc_ledger_record (
  jurisdiction VARCHAR(64) NOT NULL,
  bill_year INTEGER NOT NULL,
  bill_month SMALLINT NOT NULL,
  billing CHAR(32) NOT NULL,
  PRIMARY KEY (jurisdiction),
  FOREIGN KEY (jurisdiction) REFERENCES gc_billing_ledger (jurisdiction)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE gc_ledger_fingerprint (
  jurisdiction VARCHAR(64) NOT NULL,
  resource_id VARCHAR(64) NOT NULL,
  fingerprint CHAR(32) NOT NULL,
  PRIMARY KEY (jurisdiction, resource_id),
  FOREIGN KEY (jurisdiction) REFERENCES gc_ledger_record (jurisdiction)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE INDEX gc_bill_line_resource ON gc_bill_line (jurisdiction, resource_id);
CREATE INDEX gc_bill_adjustment_resource ON gc_bill_adjustment (jurisdiction, resource_id);
CREATE INDEX gc_bill_adjustment_line_resource ON gc_bill_adjustment_line (jurisdiction, resource_id);
