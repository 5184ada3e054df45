package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The record of each ledger's last issuance and the issued charges read back by resource
 * (docs/rules.md#r4): a record is read back as saved, replaced whole by the next, of its jurisdiction
 * only, refused for a month that is not the ledger's last issued, and kept only if its unit commits; the
 * charges of some resources are every bill of the jurisdiction with a line or an adjustment of one of
 * them, reduced to those lines and adjustments in their order, with the bill's account, month and
 * proration, ordered by month and account, however many resources are asked for.
 */
public abstract class LedgerRecordContract extends StoreContractSupport {

  /** For subclasses. */
  protected LedgerRecordContract() {}

  private static final YearMonth MAY = YearMonth.of(2026, 5);
  private static final Jurisdiction CITY = Jurisdiction.MUNICIPAL;
  private static final Jurisdiction YUZHONG = Jurisdiction.district("yuzhong");

  private static BillingAccount account(String department, String platform) {
    return BillingAccount.of(DepartmentId.of(department), PlatformId.of(platform), ProviderId.of("provider-1"));
  }

  private void startAndIssue(Jurisdiction jurisdiction, YearMonth month, List<MonthlyBill> bills) {
    run(unit -> {
      if (unit.bills().ledgerStart(jurisdiction).isEmpty()) {
        unit.bills().startLedger(new LedgerStart(jurisdiction, month, at(1)));
      }
      unit.bills().issue(new IssuedMonth(jurisdiction, month, "ACTUAL_DAYS", at(3600L * month.getMonthValue())), bills);
    });
  }

  private static LedgerFingerprints record(Jurisdiction jurisdiction, YearMonth month, String billing, String... resources) {
    SortedMap<ResourceId, String> fingerprints = new TreeMap<>();
    for (int i = 0; i < resources.length; i++) {
      fingerprints.put(ResourceId.of(resources[i]), String.format("%032x", i + 1L));
    }
    return new LedgerFingerprints(jurisdiction, month, billing, fingerprints);
  }

  private Optional<LedgerFingerprints> recordOf(Jurisdiction jurisdiction) {
    return inUnit(unit -> unit.bills().fingerprints(jurisdiction));
  }

  private List<MonthlyBill> charges(Jurisdiction jurisdiction, Collection<ResourceId> resources) {
    return inUnit(unit -> unit.bills().charges(jurisdiction, resources));
  }

  @Test
  void aRecordIsReadBackAsSavedAndReplacedWholeByTheNext() {
    startAndIssue(CITY, MAY, List.of());
    startAndIssue(YUZHONG, MAY, List.of());
    assertThat(recordOf(CITY)).isEmpty();
    LedgerFingerprints may = record(CITY, MAY, "a".repeat(32), "r-1", "r-2", "r-3");
    LedgerFingerprints district = record(YUZHONG, MAY, "b".repeat(32), "r-9");
    run(unit -> {
      unit.bills().saveFingerprints(may);
      unit.bills().saveFingerprints(district);
      assertThat(unit.bills().fingerprints(CITY)).as("as the unit sees it").contains(may);
    });
    assertThat(recordOf(CITY)).contains(may);
    assertThat(recordOf(YUZHONG)).contains(district);

    startAndIssue(CITY, MAY.plusMonths(1), List.of());
    assertThat(recordOf(CITY)).as("a month issued without a record leaves the older one").contains(may);
    LedgerFingerprints june = record(CITY, MAY.plusMonths(1), "c".repeat(32), "r-2", "r-4");
    run(unit -> unit.bills().saveFingerprints(june));
    assertThat(recordOf(CITY)).contains(june);
    assertThat(recordOf(CITY).orElseThrow().resources()).containsOnlyKeys(ResourceId.of("r-2"), ResourceId.of("r-4"));
    assertThat(recordOf(YUZHONG)).as("another jurisdiction's record is its own").contains(district);
  }

  @Test
  void aRecordOfAMonthThatIsNotTheLastIssuedIsRefused() {
    assertThatThrownBy(() -> run(unit -> {
      unit.bills().startLedger(new LedgerStart(CITY, MAY, at(1)));
      unit.bills().saveFingerprints(record(CITY, MAY, "a".repeat(32), "r-1"));
    })).isInstanceOf(IllegalArgumentException.class);
    startAndIssue(CITY, MAY, List.of());
    startAndIssue(CITY, MAY.plusMonths(1), List.of());
    assertThatThrownBy(() -> run(unit -> unit.bills().saveFingerprints(record(CITY, MAY, "a".repeat(32), "r-1"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(recordOf(CITY)).isEmpty();
  }

  @Test
  void aRecordIsKeptOnlyIfItsUnitCommits() {
    startAndIssue(CITY, MAY, List.of());
    assertThatThrownBy(() -> run(unit -> {
      unit.bills().saveFingerprints(record(CITY, MAY, "a".repeat(32), "r-1"));
      throw new IllegalStateException("the host fails after saving");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(recordOf(CITY)).isEmpty();
  }

  @Test
  void theChargesOfSomeResourcesAreTheirLinesAndAdjustmentsInEachBill() {
    BillingAccount a = account("d-a", "platform-1");
    BillingAccount b = account("d-b", "platform-1");
    YearMonth june = MAY.plusMonths(1);
    startAndIssue(CITY, MAY, List.of(BillSamples.plain(a, MAY, 3), BillSamples.plain(b, MAY, 2)));
    MonthlyBill full = BillSamples.full(a, june, "ACTUAL_DAYS", "r-x");
    startAndIssue(CITY, june, List.of(full, BillSamples.plain(b, june, 1)));
    startAndIssue(YUZHONG, MAY, List.of(BillSamples.plain(account("dept-zz", "platform-z"), MAY, 3)));

    ResourceId first = BillSamples.plain(a, MAY, 1).lines().get(0).resource();
    Set<ResourceId> asked = Set.of(ResourceId.of("r-x"), ResourceId.of("r-gone"), first, ResourceId.of("r-none"));
    List<MonthlyBill> read = charges(CITY, asked);
    List<MonthlyBill> expected = new ArrayList<>();
    for (MonthlyBill bill : List.of(BillSamples.plain(a, MAY, 3), BillSamples.plain(b, MAY, 2), full, BillSamples.plain(b, june, 1))) {
      List<BillLine> lines = bill.lines().stream().filter(l -> asked.contains(l.resource())).toList();
      List<BillAdjustment> adjustments = bill.adjustments().stream().filter(x -> asked.contains(x.resource())).toList();
      if (!lines.isEmpty() || !adjustments.isEmpty()) {
        expected.add(MonthlyBill.builder().account(bill.account()).month(bill.month()).proration(bill.proration())
            .addAllLines(lines).addAllAdjustments(adjustments).build());
      }
    }
    // the first line's resource is in every plain bill of either department (named by its length)
    assertThat(expected).hasSize(4);
    assertThat(expected.get(2).adjustments()).hasSize(2);
    assertThat(read).isEqualTo(expected);
    assertThat(charges(CITY, List.of())).isEmpty();
    assertThat(charges(YUZHONG, asked)).as("another jurisdiction's bills are not its charges").isEmpty();
  }

  @Test
  void manyResourcesAreReadBackInOneCall() {
    BillingAccount a = account("d-a", "platform-1");
    List<BillLine> lines = new ArrayList<>();
    List<ResourceId> resources = new ArrayList<>();
    for (int i = 0; i < 1234; i++) {
      BillLine line = BillSamples.line("r-" + i, MAY);
      lines.add(line);
      resources.add(line.resource());
    }
    MonthlyBill bill = MonthlyBill.builder().account(a).month(MAY).proration("ACTUAL_DAYS").addAllLines(lines).build();
    startAndIssue(CITY, MAY, List.of(bill));
    assertThat(charges(CITY, resources)).containsExactly(bill);
    List<MonthlyBill> some = charges(CITY, resources.subList(600, 1234));
    assertThat(some).singleElement().satisfies(reduced -> assertThat(reduced.lines()).isEqualTo(lines.subList(600, 1234)));
  }
}
