-- govcloud schema, version 1, for H2 2.x.
-- Instants are TIMESTAMP(6) WITH TIME ZONE written at offset UTC; money is DECIMAL(19,2); a
-- quantity is DECIMAL(38,18) with its BigDecimal scale beside it (column_scale), so that 2.50 comes
-- back as 2.50. Texts without a bound in the model are VARCHAR without a length (1,000,000 chars).

-- The audit trail's counter: its one row is locked at commit, so sequences follow commit order.
CREATE TABLE gc_audit_counter (
  id INTEGER NOT NULL PRIMARY KEY,
  last_sequence BIGINT NOT NULL
);
INSERT INTO gc_audit_counter (id, last_sequence) VALUES (1, 0);

CREATE TABLE gc_platform (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  jurisdiction VARCHAR(64) NOT NULL,
  owner_department VARCHAR(64),
  provider VARCHAR(64) NOT NULL,
  time_zone VARCHAR(64) NOT NULL,
  redundancy_ratio DECIMAL(38,18) NOT NULL,
  redundancy_ratio_scale INTEGER NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX gc_platform_owner ON gc_platform (owner_department, id);

CREATE TABLE gc_platform_zone (
  platform_id VARCHAR(64) NOT NULL REFERENCES gc_platform (id),
  network_zone VARCHAR(16) NOT NULL,
  PRIMARY KEY (platform_id, network_zone)
);

CREATE TABLE gc_department (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  jurisdiction VARCHAR(64) NOT NULL,
  parent VARCHAR(64),
  version BIGINT NOT NULL
);
CREATE INDEX gc_department_parent ON gc_department (parent, id);

CREATE TABLE gc_provider (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  suspended_since TIMESTAMP(6) WITH TIME ZONE,
  suspension_reason VARCHAR(200),
  version BIGINT NOT NULL,
  CHECK ((suspended_since IS NULL) = (suspension_reason IS NULL))
);

CREATE TABLE gc_contract (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  department VARCHAR(64) NOT NULL,
  provider VARCHAR(64) NOT NULL,
  platform VARCHAR(64) NOT NULL,
  signed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  trial_days INTEGER NOT NULL,
  filed_at TIMESTAMP(6) WITH TIME ZONE,
  version BIGINT NOT NULL
);
CREATE INDEX gc_contract_department ON gc_contract (department, id);
CREATE INDEX gc_contract_provider ON gc_contract (provider, id);

CREATE TABLE gc_contract_party (
  contract_id VARCHAR(64) NOT NULL REFERENCES gc_contract (id),
  ordinal INTEGER NOT NULL,
  name VARCHAR(200) NOT NULL,
  service VARCHAR(200) NOT NULL,
  cloud_service BOOLEAN NOT NULL,
  PRIMARY KEY (contract_id, ordinal)
);

CREATE TABLE gc_contract_supplement (
  contract_id VARCHAR(64) NOT NULL REFERENCES gc_contract (id),
  ordinal INTEGER NOT NULL,
  reference VARCHAR(200) NOT NULL,
  signed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  trial_extension_days INTEGER NOT NULL,
  PRIMARY KEY (contract_id, ordinal)
);

CREATE TABLE gc_contract_price (
  contract_id VARCHAR(64) NOT NULL REFERENCES gc_contract (id),
  ordinal INTEGER NOT NULL,
  item VARCHAR(64) NOT NULL,
  unit_price DECIMAL(19,2) NOT NULL,
  effective_from DATE NOT NULL,
  PRIMARY KEY (contract_id, ordinal)
);

CREATE TABLE gc_project (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  department VARCHAR(64) NOT NULL,
  list_year INTEGER NOT NULL,
  project_type VARCHAR(16) NOT NULL,
  accepted BOOLEAN NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX gc_project_department ON gc_project (department, list_year, id);

CREATE TABLE gc_resource (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  department VARCHAR(64) NOT NULL,
  applicant VARCHAR(64) NOT NULL,
  platform VARCHAR(64) NOT NULL,
  provider VARCHAR(64) NOT NULL,
  contract VARCHAR(64) NOT NULL,
  project VARCHAR(64),
  network_zone VARCHAR(16) NOT NULL,
  item VARCHAR(64) NOT NULL,
  quantity DECIMAL(38,18) NOT NULL,
  quantity_scale INTEGER NOT NULL,
  requested_quantity DECIMAL(38,18) NOT NULL,
  requested_quantity_scale INTEGER NOT NULL,
  from_redundancy DECIMAL(38,18) NOT NULL,
  from_redundancy_scale INTEGER NOT NULL,
  deployment_mode VARCHAR(16) NOT NULL,
  deployment_reason VARCHAR,
  deployment_consented BOOLEAN NOT NULL,
  integrated BOOLEAN NOT NULL,
  state VARCHAR(32) NOT NULL,
  applied_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  trial_opened_at TIMESTAMP(6) WITH TIME ZONE,
  trial_ends_on DATE,
  test_passed BOOLEAN,
  test_at TIMESTAMP(6) WITH TIME ZONE,
  test_notes VARCHAR,
  change_item VARCHAR(64),
  change_quantity DECIMAL(38,18),
  change_quantity_scale INTEGER,
  change_project VARCHAR(64),
  change_requested_at TIMESTAMP(6) WITH TIME ZONE,
  termination_requested_at TIMESTAMP(6) WITH TIME ZONE,
  termination_project VARCHAR(64),
  emergency_reported_at TIMESTAMP(6) WITH TIME ZONE,
  emergency_provisioned_at TIMESTAMP(6) WITH TIME ZONE,
  emergency_completed_at TIMESTAMP(6) WITH TIME ZONE,
  emergency_supplement_approved_at TIMESTAMP(6) WITH TIME ZONE,
  emergency_backfilled_at TIMESTAMP(6) WITH TIME ZONE,
  version BIGINT NOT NULL
);
CREATE INDEX gc_resource_department ON gc_resource (department, id);
CREATE INDEX gc_resource_platform ON gc_resource (platform, id);
CREATE INDEX gc_resource_provider ON gc_resource (provider, id);

CREATE TABLE gc_resource_step (
  resource_id VARCHAR(64) NOT NULL REFERENCES gc_resource (id),
  step VARCHAR(32) NOT NULL,
  PRIMARY KEY (resource_id, step)
);

CREATE TABLE gc_resource_period (
  resource_id VARCHAR(64) NOT NULL REFERENCES gc_resource (id),
  ordinal INTEGER NOT NULL,
  from_month SMALLINT NOT NULL,
  from_day SMALLINT NOT NULL,
  quantity DECIMAL(38,18) NOT NULL,
  quantity_scale INTEGER NOT NULL,
  PRIMARY KEY (resource_id, ordinal)
);

CREATE TABLE gc_work_order (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  resource_id VARCHAR(64) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  department VARCHAR(64) NOT NULL,
  platform VARCHAR(64) NOT NULL,
  provider VARCHAR(64) NOT NULL,
  contract VARCHAR(64) NOT NULL,
  project VARCHAR(64) NOT NULL,
  item VARCHAR(64) NOT NULL,
  quantity DECIMAL(38,18) NOT NULL,
  quantity_scale INTEGER NOT NULL,
  effective_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  time_zone VARCHAR(64) NOT NULL,
  confirmed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  supersedes VARCHAR(64)
);
CREATE INDEX gc_work_order_resource ON gc_work_order (resource_id, confirmed_at, id);
CREATE INDEX gc_work_order_department ON gc_work_order (department, confirmed_at, id);

CREATE TABLE gc_deadline (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  kind VARCHAR(64) NOT NULL,
  article_instrument VARCHAR(32) NOT NULL,
  article_number INTEGER NOT NULL,
  subject_type VARCHAR(64) NOT NULL,
  subject_id VARCHAR(64) NOT NULL,
  platform VARCHAR(64) NOT NULL,
  responsible_role VARCHAR(16) NOT NULL,
  responsible_subject VARCHAR(64) NOT NULL,
  trigger_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  last_day DATE NOT NULL,
  expires_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  last_day_starts_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  status VARCHAR(16) NOT NULL,
  closed_at TIMESTAMP(6) WITH TIME ZONE,
  version BIGINT NOT NULL
);
CREATE INDEX gc_deadline_expiry ON gc_deadline (status, expires_at, id);
CREATE INDEX gc_deadline_subject ON gc_deadline (subject_type, subject_id, trigger_at, id);

CREATE TABLE gc_deadline_stage (
  deadline_id VARCHAR(64) NOT NULL REFERENCES gc_deadline (id),
  stage VARCHAR(16) NOT NULL,
  PRIMARY KEY (deadline_id, stage)
);

CREATE TABLE gc_audit_record (
  audit_sequence BIGINT NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  actor_role VARCHAR(16) NOT NULL,
  actor_subject VARCHAR(64) NOT NULL,
  actor_person VARCHAR(200) NOT NULL,
  action VARCHAR(64) NOT NULL,
  subject_type VARCHAR(64) NOT NULL,
  subject_id VARCHAR(64) NOT NULL,
  refusal_code VARCHAR,
  refusal_instrument VARCHAR(32),
  refusal_article INTEGER,
  refusal_chinese VARCHAR,
  refusal_english VARCHAR
);
CREATE INDEX gc_audit_record_subject ON gc_audit_record (subject_type, subject_id, audit_sequence);

CREATE TABLE gc_audit_change (
  audit_sequence BIGINT NOT NULL REFERENCES gc_audit_record (audit_sequence),
  ordinal INTEGER NOT NULL,
  field_name VARCHAR(64) NOT NULL,
  before_value VARCHAR,
  after_value VARCHAR,
  PRIMARY KEY (audit_sequence, ordinal)
);

CREATE TABLE gc_audit_fact (
  audit_sequence BIGINT NOT NULL REFERENCES gc_audit_record (audit_sequence),
  ordinal INTEGER NOT NULL,
  fact_name VARCHAR NOT NULL,
  fact_value VARCHAR NOT NULL,
  PRIMARY KEY (audit_sequence, ordinal)
);

-- The outbox: written in the unit of work that raises the notification, delivered after commit.
CREATE TABLE gc_notification (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  queue_position BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL UNIQUE,
  notification_type VARCHAR(64) NOT NULL,
  recipient_role VARCHAR(16) NOT NULL,
  recipient_subject VARCHAR(64) NOT NULL,
  subject_type VARCHAR(64) NOT NULL,
  subject_id VARCHAR(64) NOT NULL,
  article_instrument VARCHAR(32) NOT NULL,
  article_number INTEGER NOT NULL,
  chinese VARCHAR NOT NULL,
  english VARCHAR NOT NULL,
  created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  delivered_at TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX gc_notification_queue ON gc_notification (delivered_at, queue_position);

CREATE TABLE gc_notification_data (
  notification_id VARCHAR(64) NOT NULL REFERENCES gc_notification (id),
  ordinal INTEGER NOT NULL,
  data_name VARCHAR NOT NULL,
  data_value VARCHAR NOT NULL,
  PRIMARY KEY (notification_id, ordinal)
);
