package io.govcloud.benchmarks;

import io.govcloud.core.GovCloud;
import io.govcloud.core.billing.BillingLedger;
import io.govcloud.core.billing.Proration;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.jdbc.JdbcStore;
import io.govcloud.model.Actor;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.PriceList;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.BillRepository;
import io.govcloud.spi.Store;
import io.govcloud.spi.UnitOfWork;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Issuing a month through the entry point and a store (Art. 30, docs/rules.md#r4; issue 14): a year of
 * 20,000 resources, {@link CityWorkload#year(int)}, whose orders reach the store as they are confirmed (by
 * the 3rd of the month after each month), issued by the municipal authority through {@link GovCloud} on
 * the in-memory store and on {@link JdbcStore} over embedded H2. {@code issueDecember} issues December on a
 * store with January to November issued, {@code issueJanuary} January on a new one: issuing through the
 * store is incremental when their ratio stays near 1. Each iteration builds its store anew (untimed); after
 * it, the month's bills are checked against the pure ledger issuing the same year.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class StoreIssueBenchmark {

  static final int RESOURCES = 20_000;
  private static final YearMonth DECEMBER = CityWorkload.JANUARY.plusMonths(11);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Actor CITY = Actor.authority(Jurisdiction.MUNICIPAL, "市大数据局");

  /** The store: {@code inmemory} or {@code h2}. */
  @Param({"inmemory", "h2"})
  public String store;

  /**
   * How the entry point gets its ledger: {@code resumed} from the record of the last issuance (as it
   * does), or {@code restored} from every issued bill, as before issue 14 (the store is seen through
   * {@link WithoutRecords}, which hides the records; the default run leaves it out).
   */
  @Param({"resumed", "restored"})
  public String ledger;

  private CityWorkload city;
  /** The orders first confirmed by each month's issuance. */
  private final List<List<WorkOrder>> newlyConfirmed = new ArrayList<>();
  /** The bills of each month as the pure ledger issues them. */
  private final List<List<MonthlyBill>> expected = new ArrayList<>();
  private Store current;
  private Path directory;
  private MovableClock clock;
  private GovCloud gov;
  private YearMonth timed;
  private Either<List<Violation>, List<MonthlyBill>> issued;

  /** Generates the year and issues it on the pure ledger, for the checks. */
  @Setup(Level.Trial)
  public void year() {
    city = CityWorkload.year(RESOURCES);
    Set<WorkOrderId> seen = new HashSet<>();
    BillingLedger ledger = BillingLedger.startingAt(CityWorkload.JANUARY, Proration.standard());
    for (int m = 0; m < 12; m++) {
      YearMonth month = CityWorkload.JANUARY.plusMonths(m);
      List<WorkOrder> visible = city.confirmedWhenIssuing(month);
      newlyConfirmed.add(visible.stream().filter(o -> seen.add(o.id())).toList());
      var issuance = Agreement.valid(ledger.issue(month, visible, city.billing()));
      expected.add(issuance.bills());
      ledger = issuance.ledger();
    }
  }

  /**
   * A new store with the workload's platforms and contracts and the ledger started at January; for
   * December, with January to November issued through the entry point.
   *
   * @param params the benchmark of this fork
   */
  @Setup(Level.Iteration)
  public void store(BenchmarkParams params) {
    if ("h2".equals(store)) {
      try {
        directory = Files.createTempDirectory("govcloud-bench-issue-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      current = JdbcStore.embedded(directory);
    } else {
      current = InMemoryStore.create();
    }
    clock = new MovableClock(CityWorkload.JANUARY.atDay(1).atStartOfDay(ZONE).toInstant());
    gov = GovCloud.builder().store("restored".equals(ledger) ? WithoutRecords.of(current) : current).calendar(WorkingDayCalendar.china()).catalog(city.billing().catalog())
        .notifier(notification -> { }).clock(clock).build();
    current.transact(uow -> {
      Set<PlatformId> platforms = new LinkedHashSet<>();
      Set<ContractId> contracts = new LinkedHashSet<>();
      city.orders().forEach(o -> platforms.add(o.platform()));
      city.orders().forEach(o -> contracts.add(o.contract()));
      for (PlatformId platform : platforms) {
        uow.platforms().insert(Platform.builder().id(platform).name(platform.value()).jurisdiction(Jurisdiction.MUNICIPAL)
            .owner(DepartmentId.of("dept-000"))
            .provider(ProviderId.of("provider-0")).build());
      }
      for (ContractId contract : contracts) {
        PriceList prices = city.billing().prices().forContract(contract).orElseThrow();
        uow.contracts().insert(Contract.builder().id(contract).department(DepartmentId.of("dept-000")).provider(prices.provider())
            .platform(platforms.iterator().next()).signedAt(Instant.parse("2023-01-01T00:00:00Z")).trialDays(15)
            .addAllPrices(prices.prices()).build());
      }
      uow.bills().startLedger(new LedgerStart(CityWorkload.JANUARY, clock.instant()));
      return null;
    });
    timed = params.getBenchmark().endsWith(".issueDecember") ? DECEMBER : CityWorkload.JANUARY;
    for (YearMonth month = CityWorkload.JANUARY; month.isBefore(timed); month = month.plusMonths(1)) {
      confirm(month);
      check(month, gov.as(CITY).billing().issue(month));
    }
    confirm(timed);
  }

  /** Saves the orders first confirmed by a month's issuance and moves the clock to it, the 3rd of the next month. */
  private void confirm(YearMonth month) {
    List<WorkOrder> orders = new ArrayList<>(newlyConfirmed.get(month.getMonthValue() - 1));
    orders.sort(Comparator.comparing(WorkOrder::confirmedAt));
    current.transact(uow -> {
      uow.workOrders().insertAll(orders);
      return null;
    });
    clock.at = month.plusMonths(1).atDay(3).atStartOfDay(ZONE).toInstant();
  }

  private void check(YearMonth month, Either<List<Violation>, List<MonthlyBill>> bills) {
    if (bills.isLeft()) {
      throw new IllegalStateException(month + " was refused: " + bills.getLeft());
    }
    if (!bills.get().equals(expected.get(month.getMonthValue() - 1))) {
      throw new IllegalStateException("the bills of " + month + " through the store are not the pure ledger's");
    }
  }

  /** Checks the month timed and closes the store. */
  @TearDown(Level.Iteration)
  public void close() {
    check(timed, issued);
    if (current instanceof JdbcStore jdbc) {
      jdbc.close();
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** @return January's bills, issued on a new store */
  @Benchmark
  public Either<List<Violation>, List<MonthlyBill>> issueJanuary() {
    issued = gov.as(CITY).billing().issue(CityWorkload.JANUARY);
    return issued;
  }

  /** @return December's bills, issued on a store with eleven months issued */
  @Benchmark
  public Either<List<Violation>, List<MonthlyBill>> issueDecember() {
    issued = gov.as(CITY).billing().issue(DECEMBER);
    return issued;
  }

  /**
   * A store seen without the records of the last issuance, as a store was before issue 14: the entry point
   * finds none, so it restores each ledger from every issued bill and recomputes every resource.
   */
  static final class WithoutRecords {
    private WithoutRecords() {}

    static Store of(Store store) {
      return proxy(Store.class, store, (method, args) -> {
        if (method.getName().equals("transact")) {
          @SuppressWarnings("unchecked")
          java.util.function.Function<UnitOfWork, Object> work = (java.util.function.Function<UnitOfWork, Object>) args[0];
          return store.transact(uow -> work.apply(proxy(UnitOfWork.class, uow, (m, a) -> m.getName().equals("bills")
              ? proxy(BillRepository.class, uow.bills(), WithoutRecords::withoutRecords) : NOT_HANDLED)));
        }
        return NOT_HANDLED;
      });
    }

    private static Object withoutRecords(Method method, Object[] args) {
      return switch (method.getName()) {
        case "fingerprints" -> Optional.empty();
        case "saveFingerprints" -> null;
        default -> NOT_HANDLED;
      };
    }

    private static final Object NOT_HANDLED = new Object();

    /** A proxy of an interface answering what {@code handler} handles, and delegating the rest. */
    private static <T> T proxy(Class<T> type, T target, java.util.function.BiFunction<Method, Object[], Object> handler) {
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
        Object handled = handler.apply(method, args);
        if (handled != NOT_HANDLED) {
          return handled;
        }
        try {
          return method.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }));
    }
  }

  /** A clock the setup moves to each month's issuance. */
  private static final class MovableClock extends Clock {
    volatile Instant at;

    MovableClock(Instant at) {
      this.at = at;
    }

    @Override
    public ZoneId getZone() {
      return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return at;
    }
  }
}
