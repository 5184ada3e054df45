package io.govcloud.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.jdbc.internal.Database;
import io.govcloud.jdbc.internal.Schema;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * What opening a {@link JdbcStore} does to a database: the Flyway migrations (none on a reopen), an
 * upgrade from the first version keeping its data (a suspension of then taken as the authority's own), a
 * schema newer than the library refused, a schema
 * shared with the host's tables, and a database product that is not supported refused. Run on each
 * database by its {@code *JdbcTest}.
 */
abstract class JdbcSchemaMigrationTest extends JdbcTestCase {

  @Test
  void reopeningKeepsTheDataAndMigratesNothing() {
    String id = id("d");
    run(u -> u.departments().insert(Samples.department(id, "kept", Optional.empty())));
    try (JdbcStore again = JdbcStore.of(database.dataSource())) {
      Optional<Department> kept = again.transact(u -> u.departments().find(DepartmentId.of(id)));
      assertThat(kept).isPresent();
      assertThat(again.database()).containsIgnoringCase(database.kind() == TestDatabase.Kind.MARIADB ? "mariadb" : database.kind().name());
    }
  }

  @Test
  void aSchemaNewerThanTheLibraryIsRefused() {
    try (TestDatabase newer = createDatabase()) {
      newer.open().close();
      String history = newer.kind() == TestDatabase.Kind.H2 ? "\"gc_schema_history\"" : "gc_schema_history";
      String[] columns = {"installed_rank", "version", "description", "type", "script", "checksum", "installed_by",
          "execution_time", "success"};
      String quoted = newer.kind() == TestDatabase.Kind.H2
          ? "\"" + String.join("\", \"", columns) + "\"" : String.join(", ", columns);
      newer.execute("INSERT INTO " + history + " (" + quoted + ") VALUES "
          + "(99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 0, " + "TRUE" + ")");
      assertThatThrownBy(() -> JdbcStore.of(newer.dataSource()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("version 99")
          .hasMessageContaining("newer than the version " + Schema.version());
    }
  }

  @Test
  void aSchemaOfTheFirstVersionIsUpgradedKeepingItsData() throws SQLException {
    try (TestDatabase old = createDatabase()) {
      TestDataSource dataSource = old.dataSource();
      Database database;
      try (Connection connection = dataSource.getConnection()) {
        database = Database.of(connection.getMetaData());
      }
      Flyway.configure(JdbcSchemaMigrationTest.class.getClassLoader()).dataSource(dataSource).table(Schema.HISTORY_TABLE)
          .locations("classpath:io/govcloud/jdbc/migration/" + database.dialect().folder())
          .placeholders(database.placeholders()).target("1").load().migrate();
      old.execute("INSERT INTO gc_department (id, name, jurisdiction, parent, version) "
          + "VALUES ('d-v1', 'saved at version 1', 'municipal', NULL, 1)");
      String since = old.kind() == TestDatabase.Kind.MARIADB ? "'2025-03-03 01:00:00'" : "'2025-03-03 01:00:00+00'";
      old.execute("INSERT INTO gc_provider (id, name, suspended_since, suspension_reason, version) "
          + "VALUES ('p-v1', 'suspended at version 1', " + since + ", '未整改', 1)");
      YearMonth month = YearMonth.of(2026, 1);
      try (JdbcStore upgraded = JdbcStore.of(dataSource)) {
        Optional<Department> kept = upgraded.transact(u -> u.departments().find(DepartmentId.of("d-v1")));
        assertThat(kept).hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("saved at version 1"));
        // a suspension saved before suspensions had causes was the authority's own (V4)
        Optional<Provider> suspended = upgraded.transact(u -> u.providers().find(ProviderId.of("p-v1")));
        assertThat(suspended).hasValueSatisfying(p -> assertThat(p.suspension()).contains(
            new Provider.Suspension(Instant.parse("2025-03-03T01:00:00Z"), "未整改", Provider.Suspension.Cause.MANUAL)));
        MonthlyBill bill = BillSamples.plain(BillSamples.account("d-v1"), month, 2);
        // no month was issued at version 1: the ledger is not started (V5)
        Optional<LedgerStart> none = upgraded.transact(u -> u.bills().ledgerStart());
        assertThat(none).isEmpty();
        upgraded.transact(u -> {
          u.bills().startLedger(new LedgerStart(month, Instant.parse("2025-12-01T00:00:00Z")));
          u.bills().issue(BillSamples.issued(month), List.of(bill));
          return null;
        });
        List<MonthlyBill> read = upgraded.transact(u -> u.bills().ofMonth(month));
        assertThat(read).containsExactly(bill);
      }
      try (JdbcStore again = JdbcStore.of(dataSource)) {
        List<IssuedMonth> months = again.transact(u -> u.bills().issuedMonths());
        assertThat(months).extracting(IssuedMonth::month).containsExactly(month);
      }
    }
  }

  /** Months issued before version 5 start the ledger at the first of them, and it goes on after the last. */
  @Test
  void monthsIssuedBeforeTheLedgerHadAStartStartItAtTheFirstOfThem() throws SQLException {
    try (TestDatabase old = createDatabase()) {
      TestDataSource dataSource = old.dataSource();
      Database database;
      try (Connection connection = dataSource.getConnection()) {
        database = Database.of(connection.getMetaData());
      }
      Flyway.configure(JdbcSchemaMigrationTest.class.getClassLoader()).dataSource(dataSource).table(Schema.HISTORY_TABLE)
          .locations("classpath:io/govcloud/jdbc/migration/" + database.dialect().folder())
          .placeholders(database.placeholders()).target("4").load().migrate();
      boolean mariaDb = old.kind() == TestDatabase.Kind.MARIADB;
      for (String[] month : new String[][] {{"2025", "12", "2026-01-01 02:00:00"}, {"2025", "11", "2025-12-01 02:00:00"},
          {"2026", "1", "2026-02-01 02:00:00"}}) {
        old.execute("INSERT INTO gc_issued_month (bill_year, bill_month, proration, issued_at) VALUES (" + month[0] + ", "
            + month[1] + ", 'ACTUAL_DAYS', '" + month[2] + (mariaDb ? "'" : "+00'") + ")");
      }
      try (JdbcStore upgraded = JdbcStore.of(dataSource)) {
        Optional<LedgerStart> start = upgraded.transact(u -> u.bills().ledgerStart());
        assertThat(start).contains(new LedgerStart(YearMonth.of(2025, 11), Instant.parse("2025-12-01T02:00:00Z")));
        for (YearMonth refused : List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 3), YearMonth.of(2025, 10))) {
          assertThatThrownBy(() -> upgraded.transact(u -> {
            u.bills().issue(BillSamples.issued(refused), List.of());
            return null;
          })).as("%s issued after the migration", refused).isInstanceOf(ConflictException.class);
        }
        upgraded.transact(u -> {
          u.bills().issue(BillSamples.issued(YearMonth.of(2026, 2)), List.of());
          return null;
        });
        List<IssuedMonth> months = upgraded.transact(u -> u.bills().issuedMonths());
        assertThat(months).extracting(IssuedMonth::month)
            .containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
      }
    }
  }

  /**
   * The one ledger of version 5 billed every level's accounts: version 9 gives each jurisdiction of a
   * registered platform (and the municipality) that ledger's start, next month and issued months, and
   * each bill, with its lines and adjustments, to its platform's jurisdiction; each ledger goes on alone.
   */
  @Test
  void theOneLedgerOfVersion6IsMovedToEveryJurisdictionWithItsBills() throws SQLException {
    try (TestDatabase old = createDatabase()) {
      TestDataSource dataSource = old.dataSource();
      Database database;
      try (Connection connection = dataSource.getConnection()) {
        database = Database.of(connection.getMetaData());
      }
      Flyway.configure(JdbcSchemaMigrationTest.class.getClassLoader()).dataSource(dataSource).table(Schema.HISTORY_TABLE)
          .locations("classpath:io/govcloud/jdbc/migration/" + database.dialect().folder())
          .placeholders(database.placeholders()).target("6").load().migrate();
      boolean mariaDb = old.kind() == TestDatabase.Kind.MARIADB;
      String tz = mariaDb ? "'" : "+00'";
      old.execute("INSERT INTO gc_platform (id, name, jurisdiction, owner_department, provider, time_zone, version) "
          + "VALUES ('platform-x', 'district platform', 'yuzhong', NULL, 'provider-1', 'Asia/Shanghai', 1)");
      old.execute("INSERT INTO gc_billing_ledger (ledger_id, first_year, first_month, started_at, next_year, next_month) "
          + "VALUES (1, 2025, 11, '2025-12-01 02:00:00" + tz + ", 2026, 1)");
      for (String[] month : new String[][] {{"2025", "11", "2025-12-01 03:00:00"}, {"2025", "12", "2026-01-01 03:00:00"}}) {
        old.execute("INSERT INTO gc_issued_month (bill_year, bill_month, proration, issued_at) VALUES (" + month[0] + ", "
            + month[1] + ", 'ACTUAL_DAYS', '" + month[2] + tz + ")");
      }
      // December: the municipal account's bill (number 0) and the district's (number 1), each with a line
      old.execute("INSERT INTO gc_bill (bill_year, bill_month, bill_number, department, platform, provider, proration) "
          + "VALUES (2025, 12, 0, 'd-city', 'platform-1', 'provider-1', 'ACTUAL_DAYS')");
      old.execute("INSERT INTO gc_bill (bill_year, bill_month, bill_number, department, platform, provider, proration) "
          + "VALUES (2025, 12, 1, 'd-x', 'platform-x', 'provider-1', 'ACTUAL_DAYS')");
      for (int number = 0; number < 2; number++) {
        old.execute("INSERT INTO gc_bill_line (bill_year, bill_month, bill_number, line_number, resource_id, work_order, contract, "
            + "project, item, category, quantity, quantity_scale, unit_price, monthly_amount, first_day, last_day, amount) VALUES "
            + "(2025, 12, " + number + ", 0, 'r-" + number + "', 'wo-" + number + "', 'c-1', 'pr-1', 'ecs', '计算', 1, 0, 250.00, "
            + "250.00, '2025-12-01', '2025-12-31', 250.00)");
      }
      old.execute("INSERT INTO gc_bill_adjustment (bill_year, bill_month, bill_number, adjustment_number, resource_id, "
          + "corrected_year, corrected_month, issued, previously_adjusted) VALUES (2025, 12, 1, 0, 'r-1', 2025, 11, 10.00, 0.00)");
      Jurisdiction yuzhong = Jurisdiction.district("yuzhong");
      try (JdbcStore upgraded = JdbcStore.of(dataSource)) {
        List<LedgerStart> starts = upgraded.transact(u -> u.bills().ledgerStarts());
        assertThat(starts).containsExactly(
            new LedgerStart(Jurisdiction.MUNICIPAL, YearMonth.of(2025, 11), Instant.parse("2025-12-01T02:00:00Z")),
            new LedgerStart(yuzhong, YearMonth.of(2025, 11), Instant.parse("2025-12-01T02:00:00Z")));
        for (Jurisdiction jurisdiction : List.of(Jurisdiction.MUNICIPAL, yuzhong)) {
          List<IssuedMonth> months = upgraded.transact(u -> u.bills().issuedMonths(jurisdiction));
          assertThat(months).extracting(IssuedMonth::month).as("months of %s", jurisdiction)
              .containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12));
        }
        List<MonthlyBill> city = upgraded.transact(u -> u.bills().all(Jurisdiction.MUNICIPAL));
        assertThat(city).extracting(b -> b.account().department().value()).containsExactly("d-city");
        List<MonthlyBill> district = upgraded.transact(u -> u.bills().all(yuzhong));
        assertThat(district).singleElement().satisfies(bill -> {
          assertThat(bill.account().platform().value()).isEqualTo("platform-x");
          assertThat(bill.lines()).hasSize(1);
          assertThat(bill.adjustments()).hasSize(1);
        });
        upgraded.transact(u -> {
          u.bills().issue(new IssuedMonth(yuzhong, YearMonth.of(2026, 1), "ACTUAL_DAYS", Instant.parse("2026-02-01T03:00:00Z")),
              List.of(BillSamples.plain(BillSamples.account("d-x2"), YearMonth.of(2026, 1), 1)));
          return null;
        });
        assertThatThrownBy(() -> upgraded.transact(u -> {
          u.bills().issue(new IssuedMonth(yuzhong, YearMonth.of(2026, 1), "ACTUAL_DAYS", Instant.parse("2026-02-01T03:00:00Z")), List.of());
          return null;
        })).isInstanceOf(ConflictException.class);
        List<IssuedMonth> cityMonths = upgraded.transact(u -> u.bills().issuedMonths());
        assertThat(cityMonths).extracting(IssuedMonth::month).as("the municipal ledger, untouched by the district's month")
            .containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12));
      }
    }
  }

  /**
   * A database at version 9 has issued months but no record of the last issuance: version 10 adds the
   * empty records (the next issuance recomputes every resource, once) and reads the charges of a
   * resource back by its id; a record then saved is read back.
   */
  @Test
  void version9LedgersHaveNoRecordAndTheirChargesAreReadByResource() throws SQLException {
    try (TestDatabase old = createDatabase()) {
      TestDataSource dataSource = old.dataSource();
      Database database;
      try (Connection connection = dataSource.getConnection()) {
        database = Database.of(connection.getMetaData());
      }
      Flyway.configure(JdbcSchemaMigrationTest.class.getClassLoader()).dataSource(dataSource).table(Schema.HISTORY_TABLE)
          .locations("classpath:io/govcloud/jdbc/migration/" + database.dialect().folder())
          .placeholders(database.placeholders()).target("9").load().migrate();
      String tz = old.kind() == TestDatabase.Kind.MARIADB ? "'" : "+00'";
      old.execute("INSERT INTO gc_billing_ledger (jurisdiction, first_year, first_month, started_at, next_year, next_month) "
          + "VALUES ('municipal', 2025, 12, '2025-12-01 02:00:00" + tz + ", 2026, 1)");
      old.execute("INSERT INTO gc_issued_month (jurisdiction, bill_year, bill_month, proration, issued_at) "
          + "VALUES ('municipal', 2025, 12, 'ACTUAL_DAYS', '2026-01-01 03:00:00" + tz + ")");
      old.execute("INSERT INTO gc_bill (jurisdiction, bill_year, bill_month, bill_number, department, platform, provider, proration) "
          + "VALUES ('municipal', 2025, 12, 0, 'd-city', 'platform-1', 'provider-1', 'ACTUAL_DAYS')");
      for (int number = 0; number < 2; number++) {
        old.execute("INSERT INTO gc_bill_line (jurisdiction, bill_year, bill_month, bill_number, line_number, resource_id, work_order, "
            + "contract, project, item, category, quantity, quantity_scale, unit_price, monthly_amount, first_day, last_day, amount) "
            + "VALUES ('municipal', 2025, 12, 0, " + number + ", 'r-" + number + "', 'wo-" + number + "', 'c-1', 'pr-1', 'ecs', "
            + "'计算', 1, 0, 250.00, 250.00, '2025-12-01', '2025-12-31', 250.00)");
      }
      try (JdbcStore upgraded = JdbcStore.of(dataSource)) {
        Optional<LedgerFingerprints> none = upgraded.transact(u -> u.bills().fingerprints(Jurisdiction.MUNICIPAL));
        assertThat(none).isEmpty();
        List<MonthlyBill> charges = upgraded.transact(u -> u.bills().charges(Jurisdiction.MUNICIPAL, List.of(ResourceId.of("r-1"))));
        assertThat(charges).singleElement().satisfies(bill -> {
          assertThat(bill.month()).isEqualTo(YearMonth.of(2025, 12));
          assertThat(bill.lines()).extracting(line -> line.workOrder().value()).containsExactly("wo-1");
        });
        java.util.SortedMap<ResourceId, String> resources = new java.util.TreeMap<>();
        resources.put(ResourceId.of("r-0"), "0123456789abcdef0123456789abcdef");
        LedgerFingerprints record = new LedgerFingerprints(Jurisdiction.MUNICIPAL, YearMonth.of(2025, 12),
            "fedcba9876543210fedcba9876543210", resources);
        upgraded.transact(u -> {
          u.bills().saveFingerprints(record);
          return null;
        });
        Optional<LedgerFingerprints> saved = upgraded.transact(u -> u.bills().fingerprints(Jurisdiction.MUNICIPAL));
        assertThat(saved).contains(record);
      }
    }
  }

  /**
   * Version 11: the lines, adjustments and recomputed lines are indexed by resource first, so that the
   * charges of some resources are looked up, not scanned from every line of the jurisdiction (H2 uses an
   * IN list only on an index's first column).
   */
  @Test
  void theChargesIndexesLeadWithTheResource() throws SQLException {
    try (TestDatabase fresh = createDatabase()) {
      TestDataSource dataSource = fresh.dataSource();
      try (JdbcStore store = JdbcStore.of(dataSource)) {
        List<MonthlyBill> charges = store.transact(u -> u.bills().charges(Jurisdiction.MUNICIPAL, List.of(ResourceId.of("r-1"))));
        assertThat(charges).isEmpty();
      }
      try (Connection connection = dataSource.getConnection()) {
        for (String table : List.of("gc_bill_line", "gc_bill_adjustment", "gc_bill_adjustment_line")) {
          java.util.Map<String, java.util.SortedMap<Short, String>> indexes = new java.util.TreeMap<>();
          for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
            try (java.sql.ResultSet rows = connection.getMetaData().getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, false)) {
              while (rows.next()) {
                if (rows.getString("INDEX_NAME") != null && rows.getString("COLUMN_NAME") != null) {
                  indexes.computeIfAbsent(rows.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT), k -> new java.util.TreeMap<>())
                      .put(rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
              }
            }
          }
          assertThat(indexes).as(table).containsKey(table + "_resource");
          assertThat(indexes.get(table + "_resource").values()).as(table).containsExactly("resource_id", "jurisdiction");
        }
      }
    }
  }

  @Test
  void aSchemaThatAlreadyHoldsTheHostsTablesIsMigrated() {
    try (TestDatabase shared = createDatabase()) {
      shared.execute("CREATE TABLE host_table (id INTEGER PRIMARY KEY)");
      try (JdbcStore store = JdbcStore.of(shared.dataSource())) {
        store.transact(u -> u.departments().insert(Samples.department("d-1", "n", Optional.empty())));
        List<Department> all = store.transact(u -> u.departments().all());
        assertThat(all).hasSize(1);
      }
    }
  }

  @Test
  void anUnsupportedDatabaseIsRefusedNamingTheSupportedOnes() {
    TestDataSource dataSource = database.dataSource();
    dataSource.pretendToBe("SQLite");
    assertThatThrownBy(() -> JdbcStore.of(dataSource))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SQLite 3.45.0")
        .hasMessageContaining("H2")
        .hasMessageContaining("PostgreSQL")
        .hasMessageContaining("MySQL, MariaDB");
  }
}
