package io.govcloud.core;

import static io.govcloud.core.World.CITY;
import static io.govcloud.core.World.DEPT_D;
import static io.govcloud.core.World.PRD;
import static io.govcloud.core.World.PROVIDER_1;
import static io.govcloud.core.World.ok;
import static io.govcloud.core.World.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.govcloud.core.billing.Billing;
import io.govcloud.core.billing.BillingLedger;
import io.govcloud.core.billing.PriceLists;
import io.govcloud.core.billing.Proration;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.spi.Store;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issuing through a store is incremental and exact (issue 14; docs/rules.md#r4): over five months of
 * random histories (resources opened in time and confirmed late, terminations in time and late,
 * corrections acknowledged after their month was issued), each month issued through the entry point,
 * whose ledger is resumed from the record of the last issuance and reads back only the resources that
 * changed, gives exactly the bills of today's full recomputation: the ledger restored from every issued
 * bill, issuing the same month from the same work orders, prices and catalog. Abstract: each store module
 * runs it on its own store.
 */
public abstract class IncrementalIssuanceScenarios {

  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final ZoneId SHANGHAI = World.SHANGHAI;

  /** For subclasses, one per store. */
  protected IncrementalIssuanceScenarios() {}

  /** A new, empty store for one history. */
  protected abstract Store newStore();

  /** How many random histories the property tries. */
  protected int examples() {
    return 15;
  }

  @Test
  void issuingThroughTheStoreGivesTheBillsOfTheFullRecomputation() {
    qt().withExamples(examples()).forAll(longs().all()).checkAssert(seed -> history(seed));
  }

  @Test
  void theRandomHistoriesAdjustIssuedMonths() {
    int adjustments = 0;
    for (long seed = 0; seed < 4; seed++) {
      adjustments += history(seed);
    }
    assertThat(adjustments).isGreaterThan(3);
  }

  /** A late confirmation issued through the store is adjusted exactly as by the full recomputation. */
  @Test
  void aLateConfirmationIsAdjustedAsByTheFullRecomputation() {
    World world = new World(newStore());
    world.startLedger(MARCH);
    opened(world, "ecs.c2m4", 2, 3);
    issue(world, MARCH);
    ResourceId late = trial(world, "evs.ssd", 10, MARCH.plusMonths(1), 10);
    issue(world, MARCH.plusMonths(1));
    world.clock.set(instant(MARCH.plusMonths(2), 3));
    ok(world.gov.as(DEPT_D).resources().confirmOpen(late, BigDecimal.TEN, instant(MARCH.plusMonths(1), 11)));
    List<MonthlyBill> may = issue(world, MARCH.plusMonths(2));
    assertThat(may).singleElement().satisfies(bill -> assertThat(bill.adjustments()).singleElement()
        .satisfies(adjustment -> assertThat(adjustment.resource()).isEqualTo(late)));
    assertThat(record(world)).hasValueSatisfying(r -> {
      assertThat(r.month()).isEqualTo(MARCH.plusMonths(2));
      assertThat(r.resources()).hasSize(2);
    });
  }

  /**
   * A store from before the records (bills issued, no record of the last issuance) falls back to the full
   * recomputation once, exactly, and saves a record; the next month is resumed from it.
   */
  @Test
  void aLedgerWithoutARecordIsRecomputedInFullOnceAndThenHasOne() {
    World world = new World(newStore());
    world.startLedger(MARCH);
    WorkOrder first = opened(world, "ecs.c2m4", 2, 3);
    opened(world, "evs.ssd", 10, 6);
    for (YearMonth month : List.of(MARCH, MARCH.plusMonths(1))) {
      world.clock.set(month.plusMonths(1).atDay(1).atTime(9, 0).atZone(SHANGHAI).toInstant());
      List<MonthlyBill> bills = fullRecomputation(world, month);
      world.store.transact(uow -> {
        uow.bills().issue(new IssuedMonth(Jurisdiction.MUNICIPAL, month, Proration.standard().name(), world.clock.instant()), bills);
        return null;
      });
    }
    assertThat(record(world)).isEmpty();
    YearMonth may = MARCH.plusMonths(2);
    world.clock.set(instant(may, 3));
    ok(world.gov.as(DEPT_D).corrections().correct(first.id(), BigDecimal.ONE, "误报为两台，实际开通一台"));
    ok(world.gov.as(PROVIDER_1).corrections().acknowledge(first.id()));
    assertThat(issue(world, may)).singleElement().satisfies(bill -> assertThat(bill.adjustments()).hasSize(2));
    assertThat(record(world)).hasValueSatisfying(r -> {
      assertThat(r.month()).isEqualTo(may);
      assertThat(r.resources()).containsKey(first.resource()).hasSize(2);
    });
    assertThat(issue(world, may.plusMonths(1))).singleElement().satisfies(bill -> assertThat(bill.adjustments()).isEmpty());
    assertThat(record(world)).hasValueSatisfying(r -> assertThat(r.month()).isEqualTo(may.plusMonths(1)));
  }

  private static Optional<LedgerFingerprints> record(World world) {
    return world.store.transact(uow -> uow.bills().fingerprints(Jurisdiction.MUNICIPAL));
  }

  /** Runs one random history; returns the number of adjustments issued. */
  private int history(long seed) {
    World world = new World(newStore());
    world.startLedger(MARCH);
    SplittableRandom random = new SplittableRandom(seed);
    List<ResourceId> inService = new ArrayList<>();
    List<ResourceId> trials = new ArrayList<>();
    List<ResourceId> ending = new ArrayList<>();
    List<WorkOrder> toCorrect = new ArrayList<>();
    int adjustments = 0;
    for (int m = 0; m < 5; m++) {
      YearMonth month = MARCH.plusMonths(m);
      // late: confirmations, terminations and corrections of the month issued last, on the 2nd
      world.clock.set(instant(month, 2));
      YearMonth before = month.minusMonths(1);
      for (ResourceId trial : trials) {
        ok(world.gov.as(DEPT_D).resources().confirmOpen(trial, BigDecimal.valueOf(2), instant(before, 20)));
        inService.add(trial);
      }
      trials.clear();
      for (ResourceId resource : ending) {
        ok(world.gov.as(DEPT_D).resources().confirmTermination(resource, instant(before, 22)));
      }
      ending.clear();
      for (WorkOrder order : toCorrect) {
        ok(world.gov.as(PROVIDER_1).corrections().acknowledge(order.id()));
      }
      toCorrect.clear();
      // in the month: opened in time, trials confirmed late, terminations, corrections requested
      int events = 1 + random.nextInt(4);
      for (int e = 0; e < events; e++) {
        int day = 4 + e * 4;
        switch (random.nextInt(5)) {
          case 0, 1 -> inService.add(opened(world, random.nextBoolean() ? "ecs.c2m4" : "evs.ssd", 2, day).resource());
          case 2 -> trials.add(trial(world, "ecs.c2m4", 2, month, day));
          case 3 -> {
            if (!inService.isEmpty()) {
              ResourceId resource = inService.remove(random.nextInt(inService.size()));
              terminating(world, resource, month, day);
              if (random.nextBoolean()) {
                ending.add(resource);
              } else {
                world.clock.set(instant(month, day + 1));
                ok(world.gov.as(DEPT_D).resources().confirmTermination(resource, instant(month, day + 1)));
              }
            }
          }
          default -> {
            if (!inService.isEmpty()) {
              // a resource with a correction pending is neither terminated nor corrected again
              ResourceId resource = inService.remove(random.nextInt(inService.size()));
              world.clock.set(instant(month, day));
              List<WorkOrder> own = world.store.transact(uow -> uow.workOrders().ofResource(resource));
              WorkOrder first = own.get(0);
              if (own.size() == 1 && first.quantity().compareTo(BigDecimal.ONE) > 0
                  && world.gov.as(DEPT_D).corrections().correct(first.id(), BigDecimal.ONE, "误报，实际开通一台").isRight()) {
                toCorrect.add(first);
              }
            }
          }
        }
      }
      adjustments += issue(world, month).stream().mapToInt(b -> b.adjustments().size()).sum();
    }
    return adjustments;
  }

  /** Issues a month on its 1st day after it through the entry point, checked against the full recomputation. */
  private static List<MonthlyBill> issue(World world, YearMonth month) {
    world.clock.set(month.plusMonths(1).atDay(1).atTime(9, 0).atZone(SHANGHAI).toInstant());
    List<MonthlyBill> expected = fullRecomputation(world, month);
    List<MonthlyBill> issued = ok(world.gov.as(CITY).billing().issue(month));
    assertThat(issued).as("the bills of %s", month).isEqualTo(expected);
    return issued;
  }

  /** The bills of a month as today's full recomputation issues them: the ledger restored from every bill. */
  private static List<MonthlyBill> fullRecomputation(World world, YearMonth month) {
    return world.store.transact(uow -> {
      List<IssuedMonth> issued = uow.bills().issuedMonths(Jurisdiction.MUNICIPAL);
      BillingLedger full = issued.isEmpty()
          ? BillingLedger.startingAt(MARCH, Proration.standard())
          : BillingLedger.restore(MARCH, Proration.standard(), issued.stream().map(IssuedMonth::month).toList(),
              uow.bills().all(Jurisdiction.MUNICIPAL));
      Set<PlatformId> platforms = uow.platforms().all().stream().filter(p -> p.jurisdiction().equals(Jurisdiction.MUNICIPAL))
          .map(Platform::id).collect(Collectors.toSet());
      List<WorkOrder> orders = uow.workOrders().all().stream().filter(o -> platforms.contains(o.platform())).toList();
      Billing billing = Billing.of(PriceLists.of(uow.contracts().all().stream().map(Contract::priceList).toList()),
          World.catalog(), Proration.standard());
      return full.issue(month, orders, billing).get().bills();
    });
  }

  private static Instant instant(YearMonth month, int day) {
    return month.atDay(day).atTime(8, 0).atZone(SHANGHAI).toInstant();
  }

  /** A resource opened and confirmed in time, in service from a day of the current month. */
  private static WorkOrder opened(World world, String item, long quantity, int day) {
    YearMonth month = YearMonth.from(world.clock.instant().atZone(SHANGHAI));
    ResourceId id = trial(world, item, quantity, month, day);
    world.clock.set(instant(month, day).plusSeconds(3600));
    return ok(world.gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.valueOf(quantity), instant(month, day)));
  }

  /** A resource applied for, approved and in trial from a day of a month, not confirmed yet. */
  private static ResourceId trial(World world, String item, long quantity, YearMonth month, int day) {
    world.clock.set(instant(month, day).minusSeconds(3 * 3600));
    ResourceId id = ok(world.gov.as(DEPT_D).resources().apply(request(item, quantity))).resource().orElseThrow().id();
    ok(world.gov.as(CITY).resources().approve(id));
    ok(world.gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    ok(world.gov.as(DEPT_D).resources().recordTest(id, true, "通过"));
    return id;
  }

  /** Applies for, approves and records every step of a resource's termination, to confirm later. */
  private static void terminating(World world, ResourceId resource, YearMonth month, int day) {
    world.clock.set(instant(month, day));
    ok(world.gov.as(DEPT_D).resources().applyTermination(resource, PRD));
    ok(world.gov.as(CITY).resources().approveTermination(resource));
    for (CloudResource.TerminationStep step : CloudResource.TerminationStep.values()) {
      ok(world.gov.as(DEPT_D).resources().recordTerminationStep(resource, step));
    }
  }
}
