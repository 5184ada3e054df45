-- govcloud schema, version 2, for MySQL, MariaDB and servers that speak their dialect.
-- The issued monthly bills (docs/rules.md#r4; Art. 30, 31).
-- A month is issued once, with all its bills, and never changed: these tables are written once, by
-- one unit of work, and only read afterwards. A month is its year and its month number (1 to 12),
-- which sort as YearMonth does for any year. A bill is numbered from 0 within its month in the
-- order of its account (department, platform, provider, compared as Java compares them), so that
-- reading by number gives the port's order whatever the collation; its lines, its adjustments and
-- their recomputed lines are numbered from 0 in list order. Totals and day counts are derived from
-- these columns, never stored. Money is DECIMAL(19,2); a quantity is DECIMAL(38,18) with its scale;
-- texts without a bound in the model (a category, a bill's proration) are MEDIUMTEXT; instants are
-- DATETIME(6) in UTC. Every table is utf8mb4 with the binary collation ${collation}, as in V1.

CREATE TABLE gc_issued_month (
  bill_year INTEGER NOT NULL,
  bill_month SMALLINT NOT NULL,
  proration VARCHAR(64) NOT NULL,
  issued_at DATETIME(6) NOT NULL,
  PRIMARY KEY (bill_year, bill_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE gc_bill (
  bill_year INTEGER NOT NULL,
  bill_month SMALLINT NOT NULL,
  bill_number INTEGER NOT NULL,
  department VARCHAR(64) NOT NULL,
  platform VARCHAR(64) NOT NULL,
  provider VARCHAR(64) NOT NULL,
  proration MEDIUMTEXT NOT NULL,
  PRIMARY KEY (bill_year, bill_month, bill_number),
  -- the account leads this key: led by the month, it was a plan PostgreSQL could pick, before any
  -- statistics, for the lines' foreign-key checks, scanning the whole month for each line written
  CONSTRAINT gc_bill_account UNIQUE (department, platform, provider, bill_year, bill_month),
  FOREIGN KEY (bill_year, bill_month) REFERENCES gc_issued_month (bill_year, bill_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE gc_bill_line (
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
  PRIMARY KEY (bill_year, bill_month, bill_number, line_number),
  FOREIGN KEY (bill_year, bill_month, bill_number) REFERENCES gc_bill (bill_year, bill_month, bill_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE gc_bill_adjustment (
  bill_year INTEGER NOT NULL,
  bill_month SMALLINT NOT NULL,
  bill_number INTEGER NOT NULL,
  adjustment_number INTEGER NOT NULL,
  resource_id VARCHAR(64) NOT NULL,
  corrected_year INTEGER NOT NULL,
  corrected_month SMALLINT NOT NULL,
  issued DECIMAL(19,2) NOT NULL,
  previously_adjusted DECIMAL(19,2) NOT NULL,
  PRIMARY KEY (bill_year, bill_month, bill_number, adjustment_number),
  FOREIGN KEY (bill_year, bill_month, bill_number) REFERENCES gc_bill (bill_year, bill_month, bill_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

-- The lines that explain an adjustment's recomputed amount: the columns of gc_bill_line.
CREATE TABLE gc_bill_adjustment_line (
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
  PRIMARY KEY (bill_year, bill_month, bill_number, adjustment_number, line_number),
  FOREIGN KEY (bill_year, bill_month, bill_number, adjustment_number)
    REFERENCES gc_bill_adjustment (bill_year, bill_month, bill_number, adjustment_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

