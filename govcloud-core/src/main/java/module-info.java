/**
 * The rules of the Chongqing E-Government Cloud Platform Management Interim Measures (2021) as pure
 * functions, and the entry point that runs them against the ports of {@code io.govcloud.spi}.
 */
module io.govcloud.core {
  requires transitive io.govcloud.spi;
  requires transitive io.vavr;
  requires org.slf4j;

  exports io.govcloud.core;
  exports io.govcloud.core.acceptance;
  exports io.govcloud.core.access;
  exports io.govcloud.core.billing;
  exports io.govcloud.core.calendar;
  exports io.govcloud.core.catalog;
  exports io.govcloud.core.lifecycle;
  exports io.govcloud.core.reallocation;
  exports io.govcloud.core.payments;
  exports io.govcloud.core.registry;
}
