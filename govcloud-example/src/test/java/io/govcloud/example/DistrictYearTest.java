package io.govcloud.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.billing.Discrepancy;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.example.Journal.Outcome;
import io.govcloud.example.Journal.Watch;
import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.BillAdjustment;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ResourceReduction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front door never breaks: the example plays its year in-process on embedded H2 and its key figures
 * are those worked out by hand below (docs/rules.md#r1, #r4, #r6, #r7); its report reads in Chinese without
 * an English word and in English without a Chinese one (the data's own names aside).
 */
class DistrictYearTest {

  private static Journal journal;
  private static List<String> english;
  private static List<String> chinese;

  @BeforeAll
  static void playTheYearOnce() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    journal = DistrictYear.play(Options.parse("--lang", "en"), new PrintStream(out, true, StandardCharsets.UTF_8));
    english = out.toString(StandardCharsets.UTF_8).lines().toList();
    chinese = report(journal, Lang.ZH);
  }

  static List<String> report(Journal journal, Lang lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Report(journal, lang, new PrintStream(out, true, StandardCharsets.UTF_8)).print("store");
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static Money bill(int month, io.govcloud.model.DepartmentId department) {
    return journal.billTotal(YearMonth.of(2025, month), department).orElseThrow();
  }

  @Test
  void eachMonthsBillIsProratedByTheDaysInService() {
    // education: 8 x 520.00 and 2,000 GB x 0.70 from 13 January, days 13..31 of 31:
    // (4,160.00 - round(4,160 x 12/31)) + (1,400.00 - round(1,400 x 12/31)) = 2,549.68 + 858.06
    assertThat(bill(1, District.EDUCATION)).isEqualTo(Money.of("3407.74"));
    // health from 20 January, days 20..31: 4 x 1,000.00, 1,500.00 and 50 x 60.00, each less round(P x 19/31)
    assertThat(bill(1, District.HEALTH)).isEqualTo(Money.of("3290.33")); // 1,548.39 + 580.65 + 1,161.29
    // the change of 16 May: days 1..15 at 4,160.00, 16..31 at 8,000.00, and the disks: 2,012.90 + 4,129.03 + 1,400.00
    assertThat(bill(5, District.EDUCATION)).isEqualTo(Money.of("7541.93"));
    // the bandwidth ended on 15 August: 3,000.00 x 15/31 = 1,451.61 besides 4,000.00 and 1,500.00
    assertThat(bill(8, District.HEALTH)).isEqualTo(Money.of("6951.61"));
    // the forced reduction of 17 October: 8 servers days 1..16 (4,129.03), 5 servers 17..31 (2,419.35), disks 1,400.00
    assertThat(bill(10, District.EDUCATION)).isEqualTo(Money.of("7948.38"));
    // market: the emergency's 4 x 1,900.00 from 1 October, and 2 x 520.00 from 20 October (1,040.00 - 637.42)
    assertThat(bill(10, District.MARKET)).isEqualTo(Money.of("8002.58"));
    assertThat(journal.billTotal(YearMonth.of(2025, 9), District.MARKET)).isEmpty();
    assertThat(journal.bills()).hasSize(12);
  }

  @Test
  void aConfirmationAfterTheMonthWasIssuedIsAnAdjustmentOfTheNextBill() {
    assertThat(journal.billTotal(YearMonth.of(2025, 3), District.EDUCATION_IT)).isEmpty();
    MonthlyBill april = journal.bills().get(YearMonth.of(2025, 4)).stream()
        .filter(b -> b.account().department().equals(District.EDUCATION_IT)).findFirst().orElseThrow();
    BillAdjustment march = april.adjustments().get(0);
    assertThat(april.adjustments()).hasSize(1);
    assertThat(march.correctedMonth()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(march.amount()).isEqualTo(Money.of("234.84")); // 1,040.00 - round(1,040 x 24/31), days 25..31
    assertThat(april.total()).isEqualTo(Money.of("1274.84"));
  }

  @Test
  void theDeadlinesEndOnTheDaysOfTheRules() {
    Watch filing = watch(StatutoryDeadline.CONTRACT_FILING, "c-2025-market");
    // signed Friday 26 September: the makeup Sunday 28 September counts, the holiday does not (Art. 12)
    assertThat(filing.lastDay).isEqualTo(LocalDate.of(2025, 10, 10));
    assertThat(filing.outcomes).extracting(Outcome::kind)
        .containsExactly(Outcome.Kind.APPROACHING, Outcome.Kind.DUE, Outcome.Kind.MISSED, Outcome.Kind.MET_LATE);
    assertThat(filing.outcomes.get(2).at()).isEqualTo(OffsetDateTime.parse("2025-10-11T00:05+08:00").toInstant());
    Watch emergency = journal.watches().stream().filter(w -> w.kind.equals("EMERGENCY_PROVISIONING")).findFirst().orElseThrow();
    assertThat(emergency.expiresAt).isEqualTo(OffsetDateTime.parse("2025-10-01T22:00+08:00").toInstant()); // 24 hours, holiday or not
    Watch backfill = watch(StatutoryDeadline.EMERGENCY_BACKFILL, emergency.subject);
    assertThat(backfill.lastDay).isEqualTo(LocalDate.of(2025, 10, 11)); // approved 9 October: 10 and the makeup Saturday 11
    assertThat(watch(StatutoryDeadline.CONTRACT_FILING, "c-2025-edu").outcomes).extracting(Outcome::kind).containsExactly(Outcome.Kind.MET);
  }

  @Test
  void idleCapacityIsEscalatedAcrossTheNationalDayHoliday() {
    // 24 of 64 vCPU idle against 15%: x = ceil((24 - 0.15 x 64) / 0.85) = ceil(16.94) = 17
    assertThat(journal.reminder.assessment().orElseThrow().leastReduction()).isEqualByComparingTo("17");
    assertThat(watch(StatutoryDeadline.IDLE_REDUCTION, "jb-edu").lastDay).isEqualTo(LocalDate.of(2025, 10, 9)); // 5 October is a holiday
    assertThat(watch(StatutoryDeadline.FORCED_REDUCTION, "jb-edu").lastDay).isEqualTo(LocalDate.of(2025, 10, 16)); // the makeup Saturday counts
    assertThat(journal.refusals()).extracting(r -> r.violation().code())
        .containsExactly("MUST_APPLY_THROUGH_PARENT", "REALLOCATION_STEP_TOO_EARLY");
    ReductionCase reduced = journal.reductionCase;
    assertThat(reduced.status()).isEqualTo(ReductionCase.Status.CLOSED);
    ResourceReduction reduction = reduced.reductions().get(0);
    assertThat(reduction.fromQuantity()).isEqualByComparingTo("8");
    assertThat(reduction.toQuantity()).isEqualByComparingTo("5");
    assertThat(reduction.capacity()).isEqualByComparingTo("24");
  }

  @Test
  void theProvidersPlantedErrorIsFound() {
    assertThat(journal.reconciliation.agrees()).isFalse();
    assertThat(journal.reconciliation.difference()).isEqualTo(Money.of("1451.62")); // 9,400.00 stated, 7,948.38 billed
    assertThat(journal.reconciliation.discrepancies()).extracting(Discrepancy::kind)
        .containsExactly(Discrepancy.Kind.AMOUNT_DIFFERS, Discrepancy.Kind.MISSING_FROM_STATEMENT);
  }

  @Test
  void theAcceptanceDefersAndDeductsThreePercentOfEachAccountsFees() {
    // 0.20 x 75 + 0.25 x 70 + 0.15 x 78 + 0.25 x 72 + 0.15 x 70 = 72.70; with operations 70 at 0.2: 72.16
    assertThat(journal.evaluation.score()).isEqualByComparingTo("72.70");
    assertThat(journal.annualResult.score()).isEqualByComparingTo("72.16");
    assertThat(journal.annualResult.result()).isEqualTo(AcceptanceResult.DEFERRED);
    assertThat(journal.statements).hasSize(4);
    Money billed = Money.total(journal.bills().values().stream().flatMap(List::stream).map(MonthlyBill::total).toList());
    assertThat(Money.total(journal.statements.stream().map(AnnualStatement::fees).toList())).isEqualTo(billed);
    for (AnnualStatement statement : journal.statements) {
      assertThat(statement.deductionsTotal()).isEqualTo(Money.of(statement.fees().amount().multiply(new BigDecimal("0.03")), RoundingMode.HALF_UP));
      assertThat(statement.payable()).isEqualTo(statement.fees().minus(statement.deductionsTotal()));
      assertThat(statement.outstanding()).isEqualTo(Money.ZERO);
    }
    assertThat(journal.statements.get(0).deductionsTotal()).isEqualTo(Money.of("2579.34")); // 3% of 85,978.05
  }

  @Test
  void theEnglishReportShowsTheFigures() {
    assertThat(english.get(0)).isEqualTo("govcloud example: a year of Jiangbei District's e-government cloud, 2025");
    assertThat(english).anySatisfy(line -> assertThat(line).matches("  2025-10 +7,948\\.38 +1,040\\.00 +5,500\\.00 +8,002\\.58 +22,490\\.96"))
        .anySatisfy(line -> assertThat(line).contains("statement 9,400.00, bill 7,948.38, overstated by 1,451.62"))
        .anySatisfy(line -> assertThat(line).contains("72.16, deferred"))
        .anySatisfy(line -> assertThat(line).contains("contract filing").contains("2025-10-10").contains("missed 10-11, met late 10-13"));
    // no Chinese but the data's own names: the example documents of the acceptance rules
    assertThat(english).allSatisfy(line -> assertThat(line.replaceAll("示例：[^,]*", "")).doesNotContainPattern("\\p{IsHan}"));
  }

  @Test
  void theChineseReportHasNoEnglishWord() {
    assertThat(chinese.get(0)).isEqualTo("govcloud 示例：江北区政务云的 2025 年");
    assertThat(chinese).anySatisfy(line -> assertThat(line).contains("对账单 9,400.00 元，账单 7,948.38 元，多计 1,451.62 元"));
    assertThat(chinese.stream().skip(2).flatMap(DistrictYearTest::words)).isEmpty();
  }

  @Test
  void aChineseWordCheckFindsAnEnglishWord() {
    assertThat(words("区教委 res-5 ecs.c8m16 MUST_APPLY_THROUGH_PARENT 24 vCPU H2 GiB")).isEmpty();
    assertThat(words("调减 reduced 10-17")).containsExactly("reduced");
  }

  /** The English words of a line: runs of letters that are no id, code, unit or the library's name. */
  private static java.util.stream.Stream<String> words(String line) {
    Matcher token = Pattern.compile("[!-~]+").matcher(line);
    List<String> words = new java.util.ArrayList<>();
    while (token.find()) {
      String t = token.group();
      boolean id = t.matches(".*[0-9_./-].*") || t.matches("[A-Z_]+");
      if (!id && !List.of("vCPU", "GiB", "govcloud").contains(t) && t.matches(".*[A-Za-z].*")) {
        words.add(t);
      }
    }
    return words.stream();
  }

  @Test
  void aWrongCommandLineGetsTheUsage() {
    for (String[] args : List.of(new String[] {"--lang", "fr"}, new String[] {"--user", "x"}, new String[] {"--lang"},
        new String[] {"extra"}, new String[] {"--colour", "red"})) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = DistrictYear.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(status).as(Arrays.toString(args)).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: DistrictYear");
    }
  }

  @Test
  void theSameYearThroughAJdbcUrlAndASecondRunOnItIsRefused(@TempDir Path folder) {
    String url = "jdbc:h2:file:" + folder.resolve("year").toAbsolutePath();
    assertThat(sameReport(url)).isTrue();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int again = DistrictYear.run(new String[] {"--jdbc-url", url, "--lang", "en"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(again).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("the example stopped:").contains("provider p-yuyun cannot be registered: it is already registered")
        .contains("point --jdbc-url at an empty database or schema");
  }

  @Test
  void theSameYearOnPostgreSql() throws SQLException {
    String server = System.getenv("GOVCLOUD_TEST_PG_URL");
    Assumptions.assumeTrue(server != null, "GOVCLOUD_TEST_PG_URL is not set: the example is not played on PostgreSQL");
    String schema = "gc_example_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(server, "CREATE SCHEMA " + schema);
    try {
      assertThat(sameReport(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema)).isTrue();
    } finally {
      execute(server, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Test
  void theSameYearOnMariaDb() throws SQLException {
    String server = System.getenv("GOVCLOUD_TEST_MARIADB_URL");
    Assumptions.assumeTrue(server != null, "GOVCLOUD_TEST_MARIADB_URL is not set: the example is not played on MariaDB");
    String database = "gc_example_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(server, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
    try {
      assertThat(sameReport(server.replaceFirst("^(jdbc:mariadb://[^/]+/)[^?]*", "$1" + database))).isTrue();
    } finally {
      execute(server, "DROP DATABASE " + database);
    }
  }

  /** Plays the year on a database and compares its report with the embedded one's, the store's line aside. */
  private static boolean sameReport(String url) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = DistrictYear.run(new String[] {"--lang", "en", "--jdbc-url", url}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as("%s", err).isZero();
    List<String> report = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(report.get(1)).startsWith("store: ").doesNotContain("password=root");
    assertThat(report.subList(2, report.size())).isEqualTo(english.subList(2, english.size()));
    return true;
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Watch watch(StatutoryDeadline kind, String subject) {
    return journal.watches().stream().filter(w -> w.kind.equals(kind.name()) && w.subject.equals(subject)).findFirst().orElseThrow();
  }
}
