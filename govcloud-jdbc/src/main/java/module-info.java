/** JDBC implementations of the govcloud store ports. */
module io.govcloud.jdbc {
  requires transitive io.govcloud.spi;
}
