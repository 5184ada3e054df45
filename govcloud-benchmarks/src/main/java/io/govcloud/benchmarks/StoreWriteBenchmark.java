package io.govcloud.benchmarks;

import io.govcloud.jdbc.JdbcStore;
import io.govcloud.model.BillLine;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Writing a month's bills (Art. 30, docs/rules.md#r4): about 100,000 lines in 480 bills, {@link
 * CityWorkload#month(int)}'s, issued through {@link JdbcStore}'s {@code bills().issue} in one unit of work,
 * against {@link RawBillWriter}'s batched inserts of the same rows into the same tables on the same
 * database. On H2 the store is {@link JdbcStore#embedded} and the raw writer opens the same file with the
 * same settings; on PostgreSQL (when {@code GOVCLOUD_TEST_PG_URL} is set) both write into a schema of
 * their own, dropped at the end. Each call writes another month (the bills moved to it before the call);
 * the raw writer's rows read back equal through the store before timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class StoreWriteBenchmark {

  /** The environment variable with the PostgreSQL server's JDBC URL. */
  public static final String PG_URL = "GOVCLOUD_TEST_PG_URL";

  /** The database: {@code h2}, or {@code postgresql} when {@value #PG_URL} is set. */
  @Param({"h2", "postgresql"})
  public String database;

  private List<MonthlyBill> march;
  private Path directory;
  private String schema;
  private JdbcStore store;
  private RawBillWriter raw;
  private RawBillWriter.Connections connections;
  private int months;
  private YearMonth month;
  private List<MonthlyBill> bills;

  /**
   * Opens the store and the raw writer, and checks that the raw writer's rows read back as the bills.
   *
   * @throws SQLException if the database cannot be set up
   */
  @Setup
  public void open() throws SQLException {
    CityWorkload city = CityWorkload.month(100_000);
    march = Agreement.valid(city.billing().bills(CityWorkload.MONTH, city.orders()));
    if ("h2".equals(database)) {
      try {
        directory = Files.createTempDirectory("govcloud-bench-h2-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      store = JdbcStore.embedded(directory);
      String url = "jdbc:h2:file:" + directory.resolve("govcloud") + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
      connections = () -> DriverManager.getConnection(url);
      raw = new RawBillWriter(connections);
    } else {
      String url = System.getenv(PG_URL);
      if (url == null) {
        throw new IllegalStateException(PG_URL + " is not set: run the PostgreSQL benchmark only with a server");
      }
      schema = "gc_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
      try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
        statement.execute("CREATE SCHEMA " + schema);
      }
      PGSimpleDataSource source = new PGSimpleDataSource();
      source.setURL(url);
      source.setCurrentSchema(schema);
      store = JdbcStore.of(source);
      connections = source::getConnection;
      raw = new RawBillWriter(connections);
    }
    moveTo(YearMonth.of(2029, 12));
    // the store issues only the ledger's next month: the ledger starts at the first month written, and each
    // iteration's setup moves its next month to the month the call writes (the months written skip those
    // shorter than 31 days)
    store.transact(unit -> {
      unit.bills().startLedger(new LedgerStart(month, Instant.now()));
      return null;
    });
    raw.write(month, bills);
    List<MonthlyBill> back = store.transact(unit -> unit.bills().ofMonth(month));
    if (!back.equals(bills)) {
      throw new IllegalStateException("the raw writer's rows do not read back as the bills through the store");
    }
  }

  /** Moves the bills to the next month of 31 days, as the next call writes a month not issued yet. */
  @Setup(Level.Iteration)
  public void nextMonth() {
    YearMonth next = month.plusMonths(1);
    while (next.lengthOfMonth() != 31) {
      next = next.plusMonths(1);
    }
    moveTo(next);
    try (Connection connection = connections.open();
        PreparedStatement update = connection.prepareStatement("UPDATE gc_billing_ledger SET next_year = ?, next_month = ?")) {
      update.setInt(1, next.getYear());
      update.setInt(2, next.getMonthValue());
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot move the ledger's next month to " + next, e);
    }
  }

  private void moveTo(YearMonth target) {
    month = target;
    months++;
    List<MonthlyBill> moved = new ArrayList<>(march.size());
    for (MonthlyBill bill : march) {
      MonthlyBill.Builder builder = MonthlyBill.builder().account(bill.account()).month(target).proration(bill.proration());
      for (BillLine line : bill.lines()) {
        builder.addLines(BillLine.builder()
            .resource(line.resource())
            .workOrder(line.workOrder())
            .contract(line.contract())
            .project(line.project())
            .item(line.item())
            .category(line.category())
            .quantity(line.quantity())
            .unitPrice(line.unitPrice())
            .monthlyAmount(line.monthlyAmount())
            .firstDay(LocalDate.of(target.getYear(), target.getMonthValue(), line.firstDay().getDayOfMonth()))
            .lastDay(LocalDate.of(target.getYear(), target.getMonthValue(), line.lastDay().getDayOfMonth()))
            .amount(line.amount())
            .build());
      }
      moved.add(builder.build());
    }
    bills = moved;
  }

  /** Closes the store and removes the database. */
  @TearDown
  public void close() throws SQLException, IOException {
    store.close();
    if (directory != null) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    } else {
      try (Connection connection = DriverManager.getConnection(System.getenv(PG_URL)); Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** @return the number of bills written through the store */
  @Benchmark
  public int jdbcStore() {
    store.transact(unit -> {
      unit.bills().issue(new IssuedMonth(month, "ACTUAL_DAYS", Instant.now()), bills);
      return null;
    });
    return bills.size();
  }

  /**
   * @return the number of rows written by plain JDBC
   * @throws SQLException if a write fails
   */
  @Benchmark
  public int rawBatches() throws SQLException {
    return raw.write(month, bills);
  }

  /** Counts the lines of a month, to check a write. */
  static int lines(Connection connection, YearMonth month) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM gc_bill_line WHERE bill_year = " + month.getYear()
            + " AND bill_month = " + month.getMonthValue())) {
      result.next();
      return result.getInt(1);
    }
  }
}
