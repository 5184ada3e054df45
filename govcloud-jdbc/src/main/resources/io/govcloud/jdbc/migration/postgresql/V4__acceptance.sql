-- govcloud schema, version 4, for PostgreSQL and servers that speak its dialect.
-- Acceptance and evaluation, fee deduction, payments and rectification (rules R7 and R4; Art. 31, 32,
-- 36, 40-42). A year is an INTEGER; a score, a weight or a share is DECIMAL(38,18) with its BigDecimal
-- scale beside it (column_scale), so that 85.50 comes back as 85.50; money is DECIMAL(19,2); a party
-- (an evaluator, an ordering authority) is its role and its subject. Child rows are numbered by their
-- position in the aggregate's list, from 0.
-- Instants are TIMESTAMP(6) WITH TIME ZONE written at offset UTC; unbounded texts are TEXT;
-- identifiers sort with the "C" collation, by code point.

-- The security attestations of the platforms (Art. 32, 36).
CREATE TABLE gc_attestation (
  id VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY,
  platform VARCHAR(64) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  passed_on DATE NOT NULL,
  document VARCHAR(200) NOT NULL,
  recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX gc_attestation_platform ON gc_attestation (platform, passed_on, id);

-- The yearly evaluations of a provider's services on a platform (Art. 40).
CREATE TABLE gc_evaluation (
  id VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY,
  eval_year INTEGER NOT NULL,
  platform VARCHAR(64) NOT NULL,
  provider VARCHAR(64) NOT NULL,
  evaluator_role VARCHAR(16) NOT NULL,
  evaluator_subject VARCHAR(64) NOT NULL,
  evaluated_on DATE NOT NULL,
  score DECIMAL(38,18) NOT NULL,
  score_scale INTEGER NOT NULL,
  acceptance_result VARCHAR(16) NOT NULL,
  policy VARCHAR(200) NOT NULL,
  recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX gc_evaluation_provider ON gc_evaluation (provider, eval_year, id);
CREATE INDEX gc_evaluation_year ON gc_evaluation (eval_year, id);

CREATE TABLE gc_evaluation_score (
  evaluation_id VARCHAR(64) NOT NULL REFERENCES gc_evaluation (id),
  criterion VARCHAR(32) NOT NULL,
  score DECIMAL(38,18) NOT NULL,
  score_scale INTEGER NOT NULL,
  PRIMARY KEY (evaluation_id, criterion)
);

CREATE TABLE gc_evaluation_gate (
  evaluation_id VARCHAR(64) NOT NULL REFERENCES gc_evaluation (id),
  ordinal INTEGER NOT NULL,
  platform VARCHAR(64) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  lapsed_on DATE,
  PRIMARY KEY (evaluation_id, ordinal)
);

-- The annual evaluation results of the providers (Art. 40, 3rd para).
CREATE TABLE gc_annual_result (
  id VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY,
  provider VARCHAR(64) NOT NULL,
  result_year INTEGER NOT NULL,
  decided_on DATE NOT NULL,
  evaluations_score DECIMAL(38,18) NOT NULL,
  evaluations_score_scale INTEGER NOT NULL,
  operations_score DECIMAL(38,18) NOT NULL,
  operations_score_scale INTEGER NOT NULL,
  operations_weight DECIMAL(38,18) NOT NULL,
  operations_weight_scale INTEGER NOT NULL,
  score DECIMAL(38,18) NOT NULL,
  score_scale INTEGER NOT NULL,
  acceptance_result VARCHAR(16) NOT NULL,
  policy VARCHAR(200) NOT NULL,
  decided_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX gc_annual_result_provider ON gc_annual_result (provider, result_year, id);
CREATE INDEX gc_annual_result_year ON gc_annual_result (result_year, id);

CREATE TABLE gc_annual_result_share (
  result_id VARCHAR(64) NOT NULL REFERENCES gc_annual_result (id),
  ordinal INTEGER NOT NULL,
  evaluation_id VARCHAR(64) NOT NULL,
  evaluator_role VARCHAR(16) NOT NULL,
  evaluator_subject VARCHAR(64) NOT NULL,
  platform VARCHAR(64) NOT NULL,
  fees DECIMAL(19,2) NOT NULL,
  score DECIMAL(38,18) NOT NULL,
  score_scale INTEGER NOT NULL,
  acceptance_result VARCHAR(16) NOT NULL,
  PRIMARY KEY (result_id, ordinal)
);

CREATE TABLE gc_annual_result_gate (
  result_id VARCHAR(64) NOT NULL REFERENCES gc_annual_result (id),
  ordinal INTEGER NOT NULL,
  platform VARCHAR(64) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  lapsed_on DATE,
  PRIMARY KEY (result_id, ordinal)
);

-- The payments of fees (Art. 31): the account paid is its department, platform and provider.
CREATE TABLE gc_payment (
  id VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY,
  department VARCHAR(64) NOT NULL,
  platform VARCHAR(64) NOT NULL,
  provider VARCHAR(64) NOT NULL,
  fee_year INTEGER NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  paid_on DATE NOT NULL,
  reference VARCHAR(200) NOT NULL,
  recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX gc_payment_account ON gc_payment (department, platform, provider, fee_year, paid_on, id);

-- The rectifications ordered after acceptance and evaluation (Art. 42).
CREATE TABLE gc_rectification (
  id VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY,
  provider VARCHAR(64) NOT NULL,
  platform VARCHAR(64) NOT NULL,
  evaluation VARCHAR(64),
  problem TEXT NOT NULL,
  ordered_by_role VARCHAR(16) NOT NULL,
  ordered_by_subject VARCHAR(64) NOT NULL,
  ordered_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  due_on DATE NOT NULL,
  expires_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  status VARCHAR(16) NOT NULL,
  lapsed_at TIMESTAMP(6) WITH TIME ZONE,
  closed_at TIMESTAMP(6) WITH TIME ZONE,
  review TEXT,
  version BIGINT NOT NULL
);
CREATE INDEX gc_rectification_provider ON gc_rectification (provider, ordered_at, id);
CREATE INDEX gc_rectification_expiry ON gc_rectification (status, expires_at, id);

-- What holds a provider's suspension (Art. 42): MANUAL (the authority's own decision) or RECTIFICATION
-- (rectifications overdue or rejected; accepting the last of them reinstates the provider). A suspension
-- saved before this version was the authority's own.
ALTER TABLE gc_provider ADD COLUMN suspension_cause VARCHAR(16);
UPDATE gc_provider SET suspension_cause = 'MANUAL' WHERE suspended_since IS NOT NULL;
ALTER TABLE gc_provider ADD CONSTRAINT gc_provider_suspension_cause CHECK ((suspended_since IS NULL) = (suspension_cause IS NULL));
