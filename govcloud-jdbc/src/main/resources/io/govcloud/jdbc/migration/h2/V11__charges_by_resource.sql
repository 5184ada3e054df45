-- govcloud schema, version 11, for H2 2.x.
-- Charges read by resource (docs/rules.md#r4; issue 14): issuing a month reads back the issued lines,
-- adjustments and recomputed lines of the resources whose fingerprints changed, by
-- "jurisdiction = ? AND resource_id IN (...)". Version 10 indexed them by (jurisdiction, resource_id),
-- which H2 uses for the jurisdiction only (H2 looks an IN list up in an index only on its first
-- column): each issuance scanned every line its jurisdiction ever issued, growing with the months. The
-- indexes now lead with the resource, which serves the same read on every dialect.

DROP INDEX gc_bill_line_resource;
DROP INDEX gc_bill_adjustment_resource;
DROP INDEX gc_bill_adjustment_line_resource;
CREATE INDEX gc_bill_line_resource ON gc_bill_line (resource_id, jurisdiction);
CREATE INDEX gc_bill_adjustment_resource ON gc_bill_adjustment (resource_id, jurisdiction);
CREATE INDEX gc_bill_adjustment_line_resource ON gc_bill_adjustment_line (resource_id, jurisdiction);
