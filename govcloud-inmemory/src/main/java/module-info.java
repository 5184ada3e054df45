/** In-memory implementations of the govcloud store ports. */
module io.govcloud.inmemory {
  requires transitive io.govcloud.spi;
}
