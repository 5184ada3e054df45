-- govcloud schema, version 8, for MySQL, MariaDB and servers that speak their dialect.
-- The correction of a confirmed work order a department asked for, awaiting the provider's
-- acknowledgement (rule R4, Art. 22): the work order corrected, the quantity and time it should have
-- confirmed, why, and when it was asked for; all null when none is pending.
ALTER TABLE gc_resource ADD COLUMN correction_work_order VARCHAR(64);
ALTER TABLE gc_resource ADD COLUMN correction_quantity DECIMAL(38,18);
ALTER TABLE gc_resource ADD COLUMN correction_quantity_scale INTEGER;
ALTER TABLE gc_resource ADD COLUMN correction_effective_at DATETIME(6);
ALTER TABLE gc_resource ADD COLUMN correction_reason MEDIUMTEXT;
ALTER TABLE gc_resource ADD COLUMN correction_requested_at DATETIME(6);
