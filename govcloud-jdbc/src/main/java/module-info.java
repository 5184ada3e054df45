/**
 * The JDBC implementation of the govcloud store ports, with Flyway schema migrations: embedded H2 by
 * default, PostgreSQL and MySQL/MariaDB families through a host's data source.
 *
 * <p>Flyway's database support is found by {@link java.util.ServiceLoader} in {@code flyway-core},
 * {@code flyway-database-postgresql} and {@code flyway-mysql}: on the class path as they are; on the
 * module path they are automatic modules, all resolved with {@code flyway.core}.
 */
module io.govcloud.jdbc {
  requires transitive io.govcloud.spi;
  requires transitive java.sql;
  requires flyway.core;
  requires com.h2database;
  requires org.slf4j;

  exports io.govcloud.jdbc;
}
