/**
 * The runnable example of govcloud: a district's year played through the public API (docs/rules.md#r1 to
 * #r9) on embedded H2 or a PostgreSQL or MariaDB server. Not published; it exports nothing.
 */
module io.govcloud.example {
  requires io.govcloud.core;
  requires io.govcloud.jdbc;
  requires com.zaxxer.hikari;
}
