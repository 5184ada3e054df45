package io.govcloud.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.jdbc.JdbcStore.SchemaMode;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The arguments {@link JdbcStore.Builder} refuses before any database is reached, and its options on the
 * embedded store. (What each option does on each database: {@code JdbcStoreOptionsTest}.)
 */
class JdbcStoreBuilderTest {

  @TempDir Path directory;

  @Test
  void aBatchSizeBelowOneRowIsRefused() {
    assertThatThrownBy(() -> JdbcStore.builder().batchSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 row, not 0");
    assertThatThrownBy(() -> JdbcStore.builder().batchSize(-5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(JdbcStore.builder().batchSize(1)).isNotNull();
  }

  @Test
  void aSchemaNameThatIsNotAPlainIdentifierIsRefused() {
    for (String bad : new String[] {"", "1st", "gov cloud", "gc\";DROP TABLE x;--", "a.b", "gc-test", "x".repeat(64), "政务云"}) {
      assertThatThrownBy(() -> JdbcStore.builder().schema(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a plain identifier");
    }
    assertThatThrownBy(() -> JdbcStore.builder().schema(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JdbcStore.builder().schemaMode(null)).isInstanceOf(NullPointerException.class);
    assertThat(JdbcStore.builder().schema("_Gov_cloud_2").schema("g".repeat(63))).isNotNull();
  }

  @Test
  void theEmbeddedStoreTakesTheOptionsToo() {
    Path database = directory.resolve("options");
    try (JdbcStore store = JdbcStore.builder().schema("govcloud").batchSize(3).openEmbedded(database)) {
      assertThat(store.schema()).contains("govcloud");
      store.transact(u -> u.departments().insert(Samples.department("d-1", "一部门", Optional.empty())));
    }
    try (JdbcStore validated = JdbcStore.builder().schemaMode(SchemaMode.VALIDATE).schema("govcloud").openEmbedded(database)) {
      assertThat(validated.<Optional<Department>>transact(u -> u.departments().find(DepartmentId.of("d-1")))).isPresent();
    }
    try (JdbcStore byDefault = JdbcStore.embedded(database)) {
      assertThat(byDefault.schema()).isEmpty();
      // the connection's own schema (H2's PUBLIC) was never used
      assertThat(byDefault.<Optional<Department>>transact(u -> u.departments().find(DepartmentId.of("d-1")))).isEmpty();
    }
  }
}
