/**
 * The service catalog rules (docs/rules.md#r2, #r3): adapting a request to the catalog ({@link
 * io.govcloud.core.catalog.CatalogAdapter}, Art. 27, 35), checking contract prices against the caps
 * ({@link io.govcloud.core.catalog.PriceCaps}, Art. 26, 27) and whether the catalog is overdue for revision
 * ({@link io.govcloud.core.catalog.CatalogRevision}, Art. 26). Every type here is immutable and
 * thread-safe.
 */
package io.govcloud.core.catalog;
