-- govcloud schema, version 7, for PostgreSQL and servers that speak its dialect.
-- How an application for a configuration the catalog does not list was adapted to the item of nearest
-- function and configuration (Art. 27, rule R3), kept with the resource it created: the request, the
-- catalog version and adaptation policy in force, the item chosen, what each requested dimension gets,
-- and every other item of the category with the reason it was not chosen.
CREATE TABLE gc_resource_adaptation (
  resource_id VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY REFERENCES gc_resource (id),
  catalog_version VARCHAR(200) NOT NULL,
  category VARCHAR(200) NOT NULL,
  instances BIGINT NOT NULL,
  item VARCHAR(64) NOT NULL,
  units DECIMAL(38,18) NOT NULL,
  units_scale INTEGER NOT NULL,
  monthly_total DECIMAL(19,2) NOT NULL,
  policy_from DATE NOT NULL,
  max_relative_excess DECIMAL(38,18) NOT NULL,
  max_relative_excess_scale INTEGER NOT NULL,
  chinese TEXT NOT NULL,
  english TEXT NOT NULL
);

CREATE TABLE gc_resource_adaptation_dimension (
  resource_id VARCHAR(64) NOT NULL REFERENCES gc_resource (id),
  ordinal INTEGER NOT NULL,
  dimension VARCHAR(200) NOT NULL,
  unit VARCHAR(200) NOT NULL,
  requested DECIMAL(38,18) NOT NULL,
  requested_scale INTEGER NOT NULL,
  provided DECIMAL(38,18) NOT NULL,
  provided_scale INTEGER NOT NULL,
  PRIMARY KEY (resource_id, ordinal)
);

CREATE TABLE gc_resource_adaptation_rejection (
  resource_id VARCHAR(64) NOT NULL REFERENCES gc_resource (id),
  ordinal INTEGER NOT NULL,
  item VARCHAR(64) NOT NULL,
  reason VARCHAR(64) NOT NULL,
  chinese TEXT NOT NULL,
  english TEXT NOT NULL,
  PRIMARY KEY (resource_id, ordinal)
);
