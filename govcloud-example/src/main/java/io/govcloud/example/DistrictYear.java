package io.govcloud.example;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.govcloud.core.GovCloud;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.jdbc.JdbcStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The runnable example, the README's first command: a year of a Chongqing district's e-government cloud
 * (Jiangbei District, 2025) played through govcloud's public API on a real store, then printed as a
 * person wants to read it: the timeline of deadlines with their articles (docs/rules.md#r1), each
 * month's bill per department (docs/rules.md#r4), the idle-capacity escalation (docs/rules.md#r6), the
 * acceptance with its deduction (docs/rules.md#r7) and the annual statements.
 *
 * <pre>
 * mvn -B -q -pl govcloud-example -am compile -Prun                        # Chinese, embedded H2
 * mvn -B -q -pl govcloud-example -am compile -Prun -Dexec.args="--lang en"
 * mvn -B -q -pl govcloud-example -am compile -Prun \
 *     -Dexec.args="--jdbc-url jdbc:postgresql://127.0.0.1:5432/demo --user postgres --password secret"
 * </pre>
 *
 * <p>By default the data go to an embedded H2 database in a temporary folder, deleted at the end; with
 * {@code --jdbc-url} they go to a PostgreSQL or MariaDB database, which must not hold govcloud's data of
 * an earlier run, and stay there.
 */
public final class DistrictYear {

  private DistrictYear() {}

  /**
   * Plays the year and prints the report on standard output; exits with 2 on a wrong command line and 1
   * if the story stopped (an unexpected refusal, e.g. on a database that already holds the story).
   *
   * @param args the command line, see {@link Options#USAGE}
   */
  public static void main(String[] args) {
    int status = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Plays the year and prints it; returns 0, or the exit status after printing why not. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException wrong) {
      err.println(wrong.getMessage());
      err.println(Options.USAGE);
      return 2;
    }
    try {
      Journal journal = play(options, out);
      return journal == null ? 1 : 0;
    } catch (IllegalStateException stopped) {
      err.println(options.lang().pick("示例中止：", "the example stopped: ") + stopped.getMessage());
      options.jdbcUrl().ifPresent(url -> err.println(options.lang().pick(
          "请让 --jdbc-url 指向一个空的数据库或模式（schema）。", "point --jdbc-url at an empty database or schema.")));
      return 1;
    }
  }

  /** Opens the store, plays the year on it, prints the report and closes the store. */
  static Journal play(Options options, PrintStream out) {
    if (options.jdbcUrl().isPresent()) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(options.jdbcUrl().get());
      options.user().ifPresent(config::setUsername);
      options.password().ifPresent(config::setPassword);
      config.setMaximumPoolSize(4);
      config.setPoolName("govcloud-example");
      try (HikariDataSource pool = new HikariDataSource(config); JdbcStore store = JdbcStore.of(pool)) {
        return play(store, options.lang(), options.lang().pick("存储：", "store: ") + store.database() + " " + redacted(options), out);
      }
    }
    Path folder = temporaryFolder();
    try (JdbcStore store = JdbcStore.embedded(folder)) {
      return play(store, options.lang(), options.lang().pick(
          "存储：嵌入式 H2，临时目录 " + folder + "（结束后删除）", "store: embedded H2 in " + folder + " (deleted at the end)"), out);
    } finally {
      delete(folder);
    }
  }

  private static Journal play(JdbcStore store, Lang lang, String storeLine, PrintStream out) {
    Journal journal = new Journal();
    HostClock clock = new HostClock(District.at("2025-01-02T08:00"), District.BEIJING);
    AtomicLong ids = new AtomicLong();
    GovCloud gov = GovCloud.builder()
        .store(store)
        .calendar(WorkingDayCalendar.china())
        .catalog(District.catalog())
        .notifier(journal::notified)
        .clock(clock)
        .acceptance(District.acceptance())
        .ids(() -> Long.toString(ids.incrementAndGet()))
        .build();
    Host host = new Host(gov, clock, journal, YearMonth.of(2025, 1), YearMonth.of(2025, 12));
    new Story(host).play();
    new Report(journal, lang, out).print(storeLine);
    return journal;
  }

  private static String redacted(Options options) {
    return options.jdbcUrl().orElseThrow().replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("govcloud-example-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for the embedded database", e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}
