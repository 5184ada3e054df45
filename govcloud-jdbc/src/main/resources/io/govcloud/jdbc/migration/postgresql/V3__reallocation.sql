-- govcloud schema, version 3, for PostgreSQL and servers that speak its dialect.
-- Elastic reallocation (rule R6; Art. 15-17, 23): redundancy policies, utilization records and
-- reduction cases. Quantities are DECIMAL(38,18) with their scale beside them (column_scale), as in V1;
-- instants TIMESTAMP(6) WITH TIME ZONE written at offset UTC; identifiers sort with the "C" collation.
-- The lists of an aggregate (a policy's ratios, a case's steps, bases and reductions) are numbered from
-- 0 in list order.

-- A platform's redundancy ratios (Art. 15), one policy per platform, its versions in order.
CREATE TABLE gc_redundancy_policy (
  id VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL
);

CREATE TABLE gc_redundancy_ratio (
  policy_id VARCHAR(64) NOT NULL REFERENCES gc_redundancy_policy (id),
  ordinal INTEGER NOT NULL,
  ratio DECIMAL(38,18) NOT NULL,
  ratio_scale INTEGER NOT NULL,
  effective_from DATE NOT NULL,
  document VARCHAR(200) NOT NULL,
  PRIMARY KEY (policy_id, ordinal)
);

-- The utilization records (Art. 16): append-only. A series is a department's records on a platform in
-- one dimension (code and unit).
CREATE TABLE gc_utilization (
  id VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY,
  department VARCHAR(64) NOT NULL,
  platform VARCHAR(64) NOT NULL,
  dimension_code VARCHAR(64) NOT NULL,
  dimension_unit VARCHAR(64) NOT NULL,
  allocated DECIMAL(38,18) NOT NULL,
  allocated_scale INTEGER NOT NULL,
  idle DECIMAL(38,18) NOT NULL,
  idle_scale INTEGER NOT NULL,
  measured_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  measurement_source VARCHAR(200) NOT NULL,
  recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  recorded_by_role VARCHAR(16) NOT NULL,
  recorded_by_subject VARCHAR(64) NOT NULL,
  recorded_by_person VARCHAR(200) NOT NULL
);
CREATE INDEX gc_utilization_series ON gc_utilization (department, platform, dimension_code, dimension_unit, measured_at, id);

-- The reduction cases (Art. 17). open_case is 1 while the case is open and NULL once it is closed: the
-- unique key lets a department, platform and dimension have any number of closed cases and at most one
-- open one, whatever units race. period_ends_at is the end of the period running now (the reminder's
-- month or the supervision's five working days), NULL in any other status: what a sweep looks for.
CREATE TABLE gc_reduction_case (
  id VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY,
  department VARCHAR(64) NOT NULL,
  platform VARCHAR(64) NOT NULL,
  dimension_code VARCHAR(64) NOT NULL,
  dimension_unit VARCHAR(64) NOT NULL,
  status VARCHAR(32) NOT NULL,
  open_case SMALLINT,
  period_ends_at TIMESTAMP(6) WITH TIME ZONE,
  version BIGINT NOT NULL,
  CONSTRAINT gc_reduction_case_one_open UNIQUE (department, platform, dimension_code, dimension_unit, open_case),
  CHECK (open_case = 1)
);
CREATE INDEX gc_reduction_case_department ON gc_reduction_case (department, id);
CREATE INDEX gc_reduction_case_platform ON gc_reduction_case (platform, id);
CREATE INDEX gc_reduction_case_period ON gc_reduction_case (period_ends_at, id);

CREATE TABLE gc_reduction_step (
  case_id VARCHAR(64) NOT NULL REFERENCES gc_reduction_case (id),
  ordinal INTEGER NOT NULL,
  kind VARCHAR(32) NOT NULL,
  step_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  actor_role VARCHAR(16) NOT NULL,
  actor_subject VARCHAR(64) NOT NULL,
  actor_person VARCHAR(200) NOT NULL,
  last_day DATE,
  expires_at TIMESTAMP(6) WITH TIME ZONE,
  PRIMARY KEY (case_id, ordinal)
);

CREATE TABLE gc_reduction_basis (
  case_id VARCHAR(64) NOT NULL REFERENCES gc_reduction_case (id),
  ordinal INTEGER NOT NULL,
  measurement VARCHAR(64) NOT NULL,
  measured_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  allocated DECIMAL(38,18) NOT NULL,
  allocated_scale INTEGER NOT NULL,
  idle DECIMAL(38,18) NOT NULL,
  idle_scale INTEGER NOT NULL,
  periodic DECIMAL(38,18) NOT NULL,
  periodic_scale INTEGER NOT NULL,
  ratio DECIMAL(38,18) NOT NULL,
  ratio_scale INTEGER NOT NULL,
  least_reduction DECIMAL(38,18) NOT NULL,
  least_reduction_scale INTEGER NOT NULL,
  PRIMARY KEY (case_id, ordinal)
);

CREATE TABLE gc_resource_reduction (
  case_id VARCHAR(64) NOT NULL REFERENCES gc_reduction_case (id),
  ordinal INTEGER NOT NULL,
  resource_id VARCHAR(64) NOT NULL,
  from_item VARCHAR(64) NOT NULL,
  from_quantity DECIMAL(38,18) NOT NULL,
  from_quantity_scale INTEGER NOT NULL,
  to_item VARCHAR(64) NOT NULL,
  to_quantity DECIMAL(38,18) NOT NULL,
  to_quantity_scale INTEGER NOT NULL,
  capacity DECIMAL(38,18) NOT NULL,
  capacity_scale INTEGER NOT NULL,
  effective_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  work_order VARCHAR(64),
  forced BOOLEAN NOT NULL,
  PRIMARY KEY (case_id, ordinal)
);

-- A platform's ratio lives in its redundancy policy, versioned by date (Art. 15): the single,
-- unversioned column of V1 goes.
ALTER TABLE gc_platform DROP COLUMN redundancy_ratio;
ALTER TABLE gc_platform DROP COLUMN redundancy_ratio_scale;
