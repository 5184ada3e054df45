/**
 * The published model of govcloud ({@code io.govcloud.model}: immutable values and aggregates) and the
 * ports a host system implements ({@code io.govcloud.spi}).
 */
module io.govcloud.spi {
  requires static org.immutables.value;
  requires transitive io.vavr;

  exports io.govcloud.model;
  exports io.govcloud.spi;
  exports io.govcloud.internal to io.govcloud.core, io.govcloud.inmemory, io.govcloud.jdbc;
}
