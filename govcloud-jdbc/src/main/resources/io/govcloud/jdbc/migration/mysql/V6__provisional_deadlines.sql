-- govcloud schema, version 6, for MySQL, MariaDB and servers that speak their dialect.
-- Whether a tracked deadline was counted over a year without the State Council's holiday notice, from the
-- statutory holidays alone (rule R1): it may move when that notice is loaded. Deadlines saved before this
-- version are taken as counted without it: loading a notice recomputes every open deadline anyway.
ALTER TABLE gc_deadline ADD COLUMN provisional BOOLEAN NOT NULL DEFAULT FALSE;
