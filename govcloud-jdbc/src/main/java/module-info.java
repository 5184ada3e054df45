/**
 * The JDBC implementation of the govcloud store ports, with Flyway schema migrations: embedded H2 by
 * default, PostgreSQL and MySQL/MariaDB families through a host's data source.
 *
 * <p>Flyway's database support is found by {@link java.util.ServiceLoader} in {@code flyway-core},
 * {@code flyway-database-postgresql} and {@code flyway-mysql}: on the class path as they are; on the
 * module path they are automatic modules, all resolved with {@code flyway.core}.
 *
 * <p>H2 is optional ({@code requires static}): a host that opens embedded stores on the module path
 * requires {@code com.h2database} itself.
 */
module io.govcloud.jdbc {
  requires transitive io.govcloud.spi;
  requires transitive java.sql;
  requires flyway.core;
  // only JdbcStore.embedded uses H2: a host on a server brings its own driver and no H2
  requires static com.h2database;
  requires org.slf4j;

  exports io.govcloud.jdbc;
  // Flyway instantiates govcloud's log creator by its class name
  exports io.govcloud.jdbc.internal.flyway to flyway.core;
}
