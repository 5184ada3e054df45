/** Contract tests for implementations of the govcloud store ports. */
module io.govcloud.tck {
  requires transitive io.govcloud.spi;
}
