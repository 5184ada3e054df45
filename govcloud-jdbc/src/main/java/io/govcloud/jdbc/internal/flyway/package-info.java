/**
 * How govcloud-jdbc's Flyway migrations log: exported to Flyway alone, which instantiates {@link
 * io.govcloud.jdbc.internal.flyway.FlywayLogs} by its name. Not API.
 */
package io.govcloud.jdbc.internal.flyway;
