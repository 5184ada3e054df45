/**
 * A thread-safe, transactional in-memory implementation of the govcloud store ports: for tests, demos and
 * small hosts. Start with {@link io.govcloud.inmemory.InMemoryStore#create()}.
 */
module io.govcloud.inmemory {
  requires transitive io.govcloud.spi;
  requires io.vavr;

  exports io.govcloud.inmemory;
}
