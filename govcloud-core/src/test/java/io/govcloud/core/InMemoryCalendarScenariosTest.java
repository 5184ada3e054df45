package io.govcloud.core;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.spi.Store;

/** The year-end calendar scenarios on the in-memory store. */
class InMemoryCalendarScenariosTest extends CalendarScenarios {

  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}
