/**
 * The contract tests every implementation of the govcloud store ports must pass: abstract JUnit classes
 * in {@code io.govcloud.tck} that a host extends, giving them one {@link io.govcloud.tck.StoreFixture}
 * that makes its store (see {@link io.govcloud.tck.StoreContract}).
 */
module io.govcloud.tck {
  requires transitive io.govcloud.spi;
  // a host extending the contract classes writes JUnit tests: the TCK's annotations are part of its API
  requires transitive org.junit.jupiter.api;
  requires org.assertj.core;
  requires quicktheories;

  exports io.govcloud.tck;
  // JUnit calls the package-private lifecycle methods and instantiates the nested test classes
  opens io.govcloud.tck to org.junit.platform.commons;
}
