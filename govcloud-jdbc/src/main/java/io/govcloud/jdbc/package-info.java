/**
 * The JDBC implementation of the govcloud store ports: {@link io.govcloud.jdbc.JdbcStore}, on an
 * embedded H2 database or on a PostgreSQL- or MySQL-family server, with its schema migrations.
 */
package io.govcloud.jdbc;
