package io.govcloud.jdbc;

import static io.govcloud.jdbc.BillSamples.account;
import static io.govcloud.jdbc.BillSamples.issued;
import static io.govcloud.jdbc.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.model.AuditRecord;
import io.govcloud.model.BillLine;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JDBC batches of {@link JdbcStore}: a unit that writes more rows than one batch holds (1,000 work
 * orders or bills, 500 audit records) writes them all, and they read back whole, in the port's orders.
 * Run on each database by its {@code *JdbcTest}.
 */
abstract class JdbcBatchTest extends JdbcTestCase {

  @Test
  void workOrdersOfManyBatchesAreWrittenAndListedWhole() {
    String r = id("r");
    List<WorkOrder> orders = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      orders.add(Samples.workOrder(r + "-wo-" + (10_000 + i), r, "d-" + r, at(i % 7)));
    }
    run(u -> u.workOrders().insertAll(orders));
    List<WorkOrder> ofResource = tx(u -> u.workOrders().ofResource(ResourceId.of(r)));
    assertThat(ofResource).hasSize(2_500);
    assertThat(new HashSet<>(ofResource)).isEqualTo(new HashSet<>(orders));
    assertThat(ofResource).isSortedAccordingTo((a, b) -> a.confirmedAt().equals(b.confirmedAt())
        ? a.id().compareTo(b.id()) : a.confirmedAt().compareTo(b.confirmedAt()));
    assertListed(u -> u.workOrders().ofDepartment(DepartmentId.of("d-" + r))).isEqualTo(ofResource);
  }

  @Test
  void aMonthOfManyBillsIsWrittenInBatchesAndReadBackWhole() {
    YearMonth month = nextMonth();
    List<MonthlyBill> bills = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      bills.add(BillSamples.plain(account(String.format("dept-%05d", i)), month, 5));
    }
    List<MonthlyBill> shuffled = new ArrayList<>(bills);
    Collections.shuffle(shuffled, new Random(6));
    run(u -> u.bills().issue(issued(month), shuffled));
    List<MonthlyBill> read = tx(u -> u.bills().ofMonth(month));
    assertThat(read).hasSize(2_000).isEqualTo(bills);
    assertThat(read.stream().mapToInt(b -> b.lines().size()).sum()).isEqualTo(10_000);
    assertThat(read).flatExtracting(MonthlyBill::lines).extracting(BillLine::resource).doesNotHaveDuplicates();
  }

  @Test
  void aUnitOfManyAuditRecordsIsWrittenInBatchesAndNumberedInOrder() {
    String subject = id("r");
    List<AuditRecord> records = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      records.add(i % 3 == 0 ? Samples.refused(subject, at(i)) : Samples.accepted(subject, at(i)));
    }
    run(u -> records.forEach(u.audit()::append));
    List<AuditRecord> read = tx(u -> u.audit().ofSubject("resource", subject));
    assertThat(read).hasSize(1_200);
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i).withSequence(0)).as("record #%d", i).isEqualTo(records.get(i));
      if (i > 0) {
        assertThat(read.get(i).sequence()).as("sequence #%d", i).isEqualTo(read.get(i - 1).sequence() + 1);
      }
    }
  }
}
