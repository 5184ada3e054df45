package io.govcloud.jdbc;

import static io.govcloud.jdbc.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.jdbc.JdbcStore.SchemaMode;
import io.govcloud.jdbc.internal.Database;
import io.govcloud.jdbc.internal.Schema;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.WorkOrder;
import io.govcloud.spi.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The options of {@link JdbcStore#builder()}: what each {@link SchemaMode} does to a database that is
 * unmigrated, older, up to date, altered or newer; a named schema holding the tables and left when each
 * unit ends; the batch size reaching the JDBC batches. Run on each database by its {@code *JdbcTest}.
 */
abstract class JdbcStoreOptionsTest extends JdbcTestCase {

  private static final String INSERT_WORK_ORDER = "INSERT INTO gc_work_order";

  @Test
  void validateOnlyOnAnUnmigratedSchemaFailsClearlyAndCreatesNothing() {
    try (TestDatabase empty = createDatabase()) {
      assertThatThrownBy(() -> JdbcStore.builder().schemaMode(SchemaMode.VALIDATE).open(empty.dataSource()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("holds no govcloud tables")
          .hasMessageContaining("needs version " + Schema.version())
          .hasMessageContaining("V1__schema.sql")
          .hasMessageContaining("SchemaMode.MIGRATE");
      assertThat(tableExists(empty, null, "gc_schema_history")).as("the history table").isFalse();
      assertThat(tableExists(empty, null, "gc_department")).as("a govcloud table").isFalse();
    }
  }

  @Test
  void validateOnlyOnAnOlderSchemaNamesTheMissingScripts() throws SQLException {
    try (TestDatabase old = createDatabase()) {
      migrateTo(old, "1");
      assertThatThrownBy(() -> JdbcStore.builder().schemaMode(SchemaMode.VALIDATE).open(old.dataSource()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("at version 1,")
          .hasMessageContaining("V2__bills.sql")
          .hasMessageNotContaining("V1__schema.sql");
      // the migrating store then brings it up to date, and validation passes
      JdbcStore.builder().open(old.dataSource()).close();
      try (JdbcStore validated = JdbcStore.builder().schemaMode(SchemaMode.VALIDATE).open(old.dataSource())) {
        assertThat(validated.<List<Department>>transact(u -> u.departments().all())).isEmpty();
      }
    }
  }

  @Test
  void validateOnlyOnAnUpToDateSchemaOpensAndWorks() {
    String id = id("d");
    try (JdbcStore validated = JdbcStore.builder().schemaMode(SchemaMode.VALIDATE).open(database.dataSource())) {
      validated.transact(u -> u.departments().insert(Samples.department(id, "validated", Optional.empty())));
    }
    assertFound(u -> u.departments().find(DepartmentId.of(id))).isPresent();
  }

  @Test
  void validateOnlyRefusesAScriptChangedAfterItWasApplied() {
    try (TestDatabase altered = createDatabase()) {
      JdbcStore.of(altered.dataSource()).close();
      boolean h2 = altered.kind() == TestDatabase.Kind.H2;
      altered.execute("UPDATE " + (h2 ? "\"gc_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '2'"
          : "gc_schema_history SET checksum = 12345 WHERE version = '2'"));
      assertThatThrownBy(() -> JdbcStore.builder().schemaMode(SchemaMode.VALIDATE).open(altered.dataSource()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("does not match the scripts")
          .hasMessageContaining("checksum");
    }
  }

  @Test
  void validateOnlyRefusesASchemaNewerThanTheLibrary() {
    try (TestDatabase newer = createDatabase()) {
      JdbcStore.of(newer.dataSource()).close();
      boolean h2 = newer.kind() == TestDatabase.Kind.H2;
      String[] columns = {"installed_rank", "version", "description", "type", "script", "checksum", "installed_by",
          "execution_time", "success"};
      newer.execute("INSERT INTO " + (h2 ? "\"gc_schema_history\"" : "gc_schema_history") + " ("
          + (h2 ? "\"" + String.join("\", \"", columns) + "\"" : String.join(", ", columns)) + ") VALUES "
          + "(99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 0, TRUE)");
      assertThatThrownBy(() -> JdbcStore.builder().schemaMode(SchemaMode.VALIDATE).open(newer.dataSource()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("version 99")
          .hasMessageContaining("newer than the version " + Schema.version());
    }
  }

  @Test
  void neitherMigratingNorValidatingLeavesTheSchemaAlone() {
    try (TestDatabase empty = createDatabase()) {
      try (JdbcStore unchecked = JdbcStore.builder().schemaMode(SchemaMode.NONE).open(empty.dataSource())) {
        assertThat(tableExists(empty, null, "gc_schema_history")).as("the history table").isFalse();
        // the host answered for the schema and did not migrate it: the first statement meets no table
        assertThatThrownBy(() -> unchecked.transact(u -> u.departments().all()))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("list departments");
      }
      try (JdbcStore migrating = JdbcStore.builder().open(empty.dataSource());
          JdbcStore unchecked = JdbcStore.builder().schemaMode(SchemaMode.NONE).open(empty.dataSource())) {
        unchecked.transact(u -> u.departments().insert(Samples.department("d-none", "unchecked", Optional.empty())));
        assertThat(migrating.<Optional<Department>>transact(u -> u.departments().find(DepartmentId.of("d-none")))).isPresent();
      }
    }
  }

  @Test
  void aNamedSchemaHoldsTheTablesAndTheConnectionsOwnSchemaNone() {
    String named = TestDatabase.uniqueSchemaName();
    try (TestDatabase fresh = createDatabase()) {
      try {
        try (JdbcStore store = JdbcStore.builder().schema(named).open(fresh.dataSource())) {
          assertThat(store.schema()).contains(named);
          assertThat(store.toString()).contains("schema " + named);
          store.transact(u -> u.departments().insert(Samples.department("d-named", "in the named schema", Optional.empty())));
        }
        assertThat(namesIn(fresh, fresh.qualified(named, "gc_department"))).containsExactly("in the named schema");
        assertThat(tableExists(fresh, null, "gc_department")).as("a govcloud table in the connection's own schema").isFalse();
        // a validating store finds the schema up to date there, and not in the connection's own
        try (JdbcStore validated = JdbcStore.builder().schemaMode(SchemaMode.VALIDATE).schema(named).open(fresh.dataSource())) {
          assertThat(validated.<Optional<Department>>transact(u -> u.departments().find(DepartmentId.of("d-named")))).isPresent();
        }
        assertThatThrownBy(() -> JdbcStore.builder().schemaMode(SchemaMode.VALIDATE).open(fresh.dataSource()))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("holds no govcloud tables");
      } finally {
        fresh.dropSchema(named);
      }
    }
  }

  @Test
  void aConnectionIsGivenBackInItsOwnSchema() throws SQLException {
    String named = TestDatabase.uniqueSchemaName();
    try (TestDatabase fresh = createDatabase(); RecordingDataSource pool = new RecordingDataSource(fresh.dataSource())) {
      try {
        try (JdbcStore store = JdbcStore.builder().schema(named).open(pool)) {
          Connection connection = pool.keepOneConnection();
          String own = currentSchema(fresh, connection);
          assertThat(own).isNotEqualTo(named);
          store.transact(u -> u.departments().insert(Samples.department("d-kept", "kept", Optional.empty())));
          assertThat(currentSchema(fresh, connection)).as("after a unit that committed").isEqualTo(own);
          assertThatThrownBy(() -> store.transact(u -> {
            u.departments().insert(Samples.department("d-rolled-back", "rolled back", Optional.empty()));
            throw new IllegalStateException("the body fails");
          })).isInstanceOf(IllegalStateException.class);
          assertThat(currentSchema(fresh, connection)).as("after a unit that rolled back").isEqualTo(own);
          store.dispatch(n -> { });
          assertThat(currentSchema(fresh, connection)).as("after a dispatch").isEqualTo(own);
        }
        assertThat(namesIn(fresh, fresh.qualified(named, "gc_department"))).containsExactly("kept");
      } finally {
        fresh.dropSchema(named);
      }
    }
  }

  @Test
  void theBatchSizeIsTheMostRowsOfEachJdbcBatch() {
    String r = id("r");
    List<WorkOrder> orders = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      orders.add(Samples.workOrder(r + "-wo-" + (100 + i), r, "d-" + r, at(i)));
    }
    RecordingDataSource recording = new RecordingDataSource(database.dataSource());
    try (JdbcStore small = JdbcStore.builder().batchSize(7).open(recording)) {
      small.transact(u -> {
        u.workOrders().insertAll(orders.subList(0, 10));
        return null;
      });
      assertThat(recording.batchesOf(INSERT_WORK_ORDER)).containsExactly(7, 3);
    }
    recording.clear();
    try (JdbcStore byDefault = JdbcStore.of(recording)) {
      byDefault.transact(u -> {
        u.workOrders().insertAll(orders.subList(10, 20));
        return null;
      });
      assertThat(recording.batchesOf(INSERT_WORK_ORDER)).containsExactly(10);
    }
    assertListed(u -> u.workOrders().all()).containsAll(orders);
  }

  /** Applies govcloud's scripts up to a version, as an older library did. */
  private static void migrateTo(TestDatabase database, String version) throws SQLException {
    TestDataSource dataSource = database.dataSource();
    Database found;
    try (Connection connection = dataSource.getConnection()) {
      found = Database.of(connection.getMetaData());
    }
    Flyway.configure(JdbcStoreOptionsTest.class.getClassLoader()).dataSource(dataSource).table(Schema.HISTORY_TABLE)
        .locations("classpath:io/govcloud/jdbc/migration/" + found.dialect().folder())
        .placeholders(found.placeholders()).target(version).load().migrate();
  }

  /** Whether a table exists in a schema, or in the connection's own (null), in any letter case. */
  private static boolean tableExists(TestDatabase database, String schema, String table) {
    try (Connection connection = database.dataSource().getConnection()) {
      boolean mariadb = database.kind() == TestDatabase.Kind.MARIADB;
      String catalog = mariadb ? (schema != null ? schema : connection.getCatalog()) : connection.getCatalog();
      String schemaPattern = mariadb ? null : (schema != null ? schema : connection.getSchema());
      try (ResultSet tables = connection.getMetaData().getTables(catalog, schemaPattern, "%", new String[] {"TABLE"})) {
        while (tables.next()) {
          if (tables.getString("TABLE_NAME").equalsIgnoreCase(table)) {
            return true;
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The names of the departments in a table, read outside any store. */
  private static List<String> namesIn(TestDatabase database, String table) {
    try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT name FROM " + table + " ORDER BY id")) {
      List<String> names = new ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The schema (the database on MariaDB) a connection works in now, as the server reports it. */
  private static String currentSchema(TestDatabase database, Connection connection) throws SQLException {
    String query = switch (database.kind()) {
      case H2 -> "SELECT CURRENT_SCHEMA";
      case POSTGRESQL -> "SELECT current_schema()";
      case MARIADB -> "SELECT DATABASE()";
    };
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
      row.next();
      return row.getString(1);
    }
  }
}
