-- govcloud schema, version 9, for MySQL, MariaDB and servers that speak their dialect.
-- Bills by jurisdiction (docs/rules.md#r4, #r9; Art. 17, 20, 30, 43): each authority starts its own
-- ledger and issues the months of its own level's platforms' accounts. gc_billing_ledger holds one row
-- per jurisdiction, whose next month is moved on by the same compare-and-set UPDATE as in version 5,
-- now naming the jurisdiction: months are strictly in order per jurisdiction, and units of different
-- jurisdictions lock different rows. The issued months and the bills with their lines, adjustments and
-- recomputed lines are keyed by the jurisdiction first; a bill is numbered within its jurisdiction's
-- month; an account is still billed at most once a month (gc_bill_account).
--
-- The one ledger of version 5 billed every account, of every level: it is moved, not dropped. Each
-- jurisdiction of a registered platform (and the municipality) gets a ledger with its first month, its
-- start and its next month, and every month it issued, because that ledger issued those months for
-- every account; each bill goes to its platform's jurisdiction (the municipality's when its platform is
-- not registered). The tables of version 8 are renamed, copied into the new ones and dropped.

RENAME TABLE gc_billing_ledger TO gc_billing_ledger_v8;
RENAME TABLE gc_issued_month TO gc_issued_month_v8;
RENAME TABLE gc_bill TO gc_bill_v8;
RENAME TABLE gc_bill_line TO gc_bill_line_v8;
RENAME TABLE gc_bill_adjustment TO gc_bill_adjustment_v8;
RENAME TABLE gc_bill_adjustment_line TO gc_bill_adjustment_line_v8;

CREATE TABLE gc_billing_ledger (
  jurisdiction VARCHAR(64) NOT NULL,
  first_year INTEGER NOT NULL,
  first_month SMALLINT NOT NULL,
  started_at DATETIME(6) NOT NULL,
  next_year INTEGER NOT NULL,
  next_month SMALLINT NOT NULL,
  PRIMARY KEY (jurisdiction)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE gc_issued_month (
  jurisdiction VARCHAR(64) NOT NULL,
  bill_year INTEGER NOT NULL,
  bill_month SMALLINT NOT NULL,
  proration VARCHAR(64) NOT NULL,
  issued_at DATETIME(6) NOT NULL,
  PRIMARY KEY (jurisdiction, bill_year, bill_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE gc_bill (
  jurisdiction VARCHAR(64) NOT NULL,
  bill_year INTEGER NOT NULL,
  bill_month SMALLINT NOT NULL,
  bill_number INTEGER NOT NULL,
  department VARCHAR(64) NOT NULL,
  platform VARCHAR(64) NOT NULL,
  provider VARCHAR(64) NOT NULL,
  proration MEDIUMTEXT NOT NULL,
  PRIMARY KEY (jurisdiction, bill_year, bill_month, bill_number),
  -- the account leads this key: led by the month, it was a plan PostgreSQL could pick, before any
  -- statistics, for the lines' foreign-key checks, scanning the whole month for each line written
  CONSTRAINT gc_bill_account UNIQUE (department, platform, provider, bill_year, bill_month),
  FOREIGN KEY (jurisdiction, bill_year, bill_month) REFERENCES gc_issued_month (jurisdiction, bill_year, bill_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE gc_bill_line (
  jurisdiction VARCHAR(64) NOT NULL,
  bill_year INTEGER NOT NULL,
  bill_month SMALLINT NOT NULL,
  bill_number INTEGER NOT NULL,
  line_number INTEGER NOT NULL,
  resource_id VARCHAR(64) NOT NULL,
  work_order VARCHAR(64) NOT NULL,
  contract VARCHAR(64) NOT NULL,
  project VARCHAR(64) NOT NULL,
  item VARCHAR(64) NOT NULL,
  category MEDIUMTEXT NOT NULL,
  quantity DECIMAL(38,18) NOT NULL,
  quantity_scale INTEGER NOT NULL,
  unit_price DECIMAL(19,2) NOT NULL,
  monthly_amount DECIMAL(19,2) NOT NULL,
  first_day DATE NOT NULL,
  last_day DATE NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  PRIMARY KEY (jurisdiction, bill_year, bill_month, bill_number, line_number),
  FOREIGN KEY (jurisdiction, bill_year, bill_month, bill_number) REFERENCES gc_bill (jurisdiction, bill_year, bill_month, bill_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE gc_bill_adjustment (
  jurisdiction VARCHAR(64) NOT NULL,
  bill_year INTEGER NOT NULL,
  bill_month SMALLINT NOT NULL,
  bill_number INTEGER NOT NULL,
  adjustment_number INTEGER NOT NULL,
  resource_id VARCHAR(64) NOT NULL,
  corrected_year INTEGER NOT NULL,
  corrected_month SMALLINT NOT NULL,
  issued DECIMAL(19,2) NOT NULL,
  previously_adjusted DECIMAL(19,2) NOT NULL,
  PRIMARY KEY (jurisdiction, bill_year, bill_month, bill_number, adjustment_number),
  FOREIGN KEY (jurisdiction, bill_year, bill_month, bill_number) REFERENCES gc_bill (jurisdiction, bill_year, bill_month, bill_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE gc_bill_adjustment_line (
  jurisdiction VARCHAR(64) NOT NULL,
  bill_year INTEGER NOT NULL,
  bill_month SMALLINT NOT NULL,
  bill_number INTEGER NOT NULL,
  adjustment_number INTEGER NOT NULL,
  line_number INTEGER NOT NULL,
  resource_id VARCHAR(64) NOT NULL,
  work_order VARCHAR(64) NOT NULL,
  contract VARCHAR(64) NOT NULL,
  project VARCHAR(64) NOT NULL,
  item VARCHAR(64) NOT NULL,
  category MEDIUMTEXT NOT NULL,
  quantity DECIMAL(38,18) NOT NULL,
  quantity_scale INTEGER NOT NULL,
  unit_price DECIMAL(19,2) NOT NULL,
  monthly_amount DECIMAL(19,2) NOT NULL,
  first_day DATE NOT NULL,
  last_day DATE NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  PRIMARY KEY (jurisdiction, bill_year, bill_month, bill_number, adjustment_number, line_number),
  FOREIGN KEY (jurisdiction, bill_year, bill_month, bill_number, adjustment_number)
    REFERENCES gc_bill_adjustment (jurisdiction, bill_year, bill_month, bill_number, adjustment_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

-- every jurisdiction gets the one ledger of version 5, with the months it issued
INSERT INTO gc_billing_ledger (jurisdiction, first_year, first_month, started_at, next_year, next_month)
SELECT j.code, l.first_year, l.first_month, l.started_at, l.next_year, l.next_month
FROM gc_billing_ledger_v8 l CROSS JOIN (SELECT 'municipal' AS code UNION SELECT jurisdiction FROM gc_platform) j;

INSERT INTO gc_issued_month (jurisdiction, bill_year, bill_month, proration, issued_at)
SELECT j.code, m.bill_year, m.bill_month, m.proration, m.issued_at
FROM gc_issued_month_v8 m CROSS JOIN (SELECT 'municipal' AS code UNION SELECT jurisdiction FROM gc_platform) j;

-- each bill to its platform's jurisdiction
INSERT INTO gc_bill (jurisdiction, bill_year, bill_month, bill_number, department, platform, provider, proration)
SELECT COALESCE((SELECT p.jurisdiction FROM gc_platform p WHERE p.id = b.platform), 'municipal'),
  b.bill_year, b.bill_month, b.bill_number, b.department, b.platform, b.provider, b.proration
FROM gc_bill_v8 b;

INSERT INTO gc_bill_line (jurisdiction, bill_year, bill_month, bill_number, line_number, resource_id, work_order, contract, project, item, category, quantity, quantity_scale, unit_price, monthly_amount, first_day, last_day, amount)
SELECT b.jurisdiction, x.bill_year, x.bill_month, x.bill_number, x.line_number, x.resource_id, x.work_order, x.contract, x.project, x.item, x.category, x.quantity, x.quantity_scale, x.unit_price, x.monthly_amount, x.first_day, x.last_day, x.amount
FROM gc_bill_line_v8 x JOIN gc_bill b ON b.bill_year = x.bill_year AND b.bill_month = x.bill_month AND b.bill_number = x.bill_number;

INSERT INTO gc_bill_adjustment (jurisdiction, bill_year, bill_month, bill_number, adjustment_number, resource_id, corrected_year, corrected_month, issued, previously_adjusted)
SELECT b.jurisdiction, x.bill_year, x.bill_month, x.bill_number, x.adjustment_number, x.resource_id, x.corrected_year, x.corrected_month, x.issued, x.previously_adjusted
FROM gc_bill_adjustment_v8 x JOIN gc_bill b ON b.bill_year = x.bill_year AND b.bill_month = x.bill_month AND b.bill_number = x.bill_number;

INSERT INTO gc_bill_adjustment_line (jurisdiction, bill_year, bill_month, bill_number, adjustment_number, line_number, resource_id, work_order, contract, project, item, category, quantity, quantity_scale, unit_price, monthly_amount, first_day, last_day, amount)
SELECT b.jurisdiction, x.bill_year, x.bill_month, x.bill_number, x.adjustment_number, x.line_number, x.resource_id, x.work_order, x.contract, x.project, x.item, x.category, x.quantity, x.quantity_scale, x.unit_price, x.monthly_amount, x.first_day, x.last_day, x.amount
FROM gc_bill_adjustment_line_v8 x JOIN gc_bill b ON b.bill_year = x.bill_year AND b.bill_month = x.bill_month AND b.bill_number = x.bill_number;

DROP TABLE gc_bill_adjustment_line_v8;
DROP TABLE gc_bill_adjustment_v8;
DROP TABLE gc_bill_line_v8;
DROP TABLE gc_bill_v8;
DROP TABLE gc_issued_month_v8;
DROP TABLE gc_billing_ledger_v8;
