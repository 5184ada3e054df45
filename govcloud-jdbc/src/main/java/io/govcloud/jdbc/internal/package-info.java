/**
 * The workings of {@link io.govcloud.jdbc.JdbcStore}: dialects, tables, outbox, audit numbering and
 * schema migrations. Not API: this package is not exported, and may change in any release.
 */
package io.govcloud.jdbc.internal;
