package io.govcloud.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.model.GovCloudException;
import org.junit.jupiter.api.Test;

/** The store's exceptions belong to the one family, and a store may still give a conflict its cause. */
class ExceptionFamilyTest {

  @Test
  void aConflictAndAStoreFaultAreGovCloudExceptions() {
    assertThat(new ConflictException("resource", "r-1", 1, 2)).isInstanceOf(GovCloudException.class);
    assertThat(new StoreException("update resource r-1", "connection lost", null)).isInstanceOf(GovCloudException.class);
  }

  @Test
  void aStoreGivesAConflictItsCauseAfterMakingIt() {
    ConflictException conflict = new ConflictException("unit of work", "update resource r-1", 0, 0);
    IllegalStateException deadlock = new IllegalStateException("deadlock detected");
    conflict.initCause(deadlock);
    assertThat(conflict).hasCause(deadlock);
  }
}
