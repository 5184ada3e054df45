package io.govcloud.jdbc;

import static io.govcloud.jdbc.BillSamples.account;
import static io.govcloud.jdbc.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Platform;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * What the columns of {@link JdbcStore} keep beyond the port's promise, as the README states it: every
 * decimal with its scale ({@code 2.50} reads back as {@code 2.50}, where the port allows {@code 2.5}), up
 * to the bounds of {@code DECIMAL(38,18)}, beyond which a quantity is refused and nothing of its unit
 * kept; instants cut to the microsecond whatever the JVM's time zone. Run on each database by its {@code
 * *JdbcTest}.
 */
abstract class JdbcColumnTest extends JdbcTestCase {

  @Test
  void everyDecimalOfAResourceComesBackWithItsScaleUpToTheLimits() {
    CloudResource full = Samples.resource(id("r"), "d-1", "p-1", "pr-1");
    CloudResource saved = tx(u -> u.resources().insert(full));
    CloudResource read = tx(u -> u.resources().find(full.id())).orElseThrow();
    assertThat(read).isEqualTo(saved);
    assertThat(read.quantity()).hasToString("2.50");
    assertThat(read.requestedQuantity()).hasToString("1E+3");
    assertThat(read.fromRedundancy()).hasToString("0.000001");
    assertThat(read.pendingChange().orElseThrow().quantity()).hasToString("10000000.000000000000000000");
    assertThat(read.periods()).extracting(p -> p.quantity().toString()).containsExactly("4", "8.0");
    List<CloudResource> listed = tx(u -> u.resources().ofDepartment(DepartmentId.of("d-1")));
    assertThat(listed).filteredOn(r -> r.id().equals(full.id())).containsExactly(saved);
  }

  @Test
  void aPlatformAndTheQuantityOfAWorkOrderComeBackWithTheirScale() {
    Platform platform = tx(u -> u.platforms().insert(Samples.platform(id("p"))));
    Optional<Platform> readPlatform = tx(u -> u.platforms().find(platform.id()));
    assertThat(readPlatform).contains(platform);
    WorkOrder order = Samples.workOrder(id("wo"), "r-1", "d-1", at(10));
    run(u -> u.workOrders().insertAll(List.of(order)));
    Optional<WorkOrder> readOrder = tx(u -> u.workOrders().find(order.id()));
    assertThat(readOrder).contains(order);
    assertThat(readOrder.orElseThrow().quantity()).hasToString("3.000");
  }

  @Test
  void everyQuantityOfABillComesBackWithItsScale() {
    YearMonth month = nextMonth();
    MonthlyBill full = BillSamples.full(account(id("d")), month);
    run(u -> u.bills().issue(BillSamples.issued(month), List.of(full)));
    MonthlyBill read = tx(u -> u.bills().find(full.account(), month)).orElseThrow();
    assertThat(read).isEqualTo(full);
    assertThat(read.lines()).extracting(l -> l.quantity().toString()).containsExactly("2.50", "1E+3", "1E-18");
    assertThat(read.adjustments().get(0).recomputedLines()).extracting(l -> l.quantity().toString())
        .containsExactly("1.0", "12345678901234567890.5");
    assertListed(u -> u.bills().ofMonth(month)).containsExactly(full);
  }

  @Test
  void aQuantityBeyondTheLimitsNeverReachesTheColumnAndNothingIsKept() {
    // the limits (docs/rules.md#limits) lie within the column DECIMAL(38,18): the value refuses what the column could not keep
    String id = id("r");
    assertThatThrownBy(() -> run(u -> {
      u.departments().insert(Samples.department(id, "kept?", Optional.empty()));
      u.resources().insert(Samples.bareResource(id, "d-1", new BigDecimal("0.0000000000000000001")));
    })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 6 decimals");
    assertThatThrownBy(() -> run(u -> u.resources().insert(Samples.bareResource(id, "d-1", new BigDecimal("123456789012345678901")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("123456789012345678901");
    assertFound(u -> u.departments().find(DepartmentId.of(id))).isEmpty();
    assertFound(u -> u.resources().find(ResourceId.of(id))).isEmpty();
  }

  @Test
  void instantsAreKeptToTheMicrosecondWhateverTheJvmZone() {
    String id = id("pr");
    Instant nanos = Instant.parse("1999-12-31T23:59:59.123456789Z");
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
      run(u -> u.providers().insert(Provider.of(ProviderId.of(id), "p")
          .withSuspension(Optional.of(new Provider.Suspension(nanos, "reason")))));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
      Provider read = tx(u -> u.providers().find(ProviderId.of(id))).orElseThrow();
      assertThat(read.suspension().orElseThrow().since()).isEqualTo(Instant.parse("1999-12-31T23:59:59.123456Z"));
    } finally {
      TimeZone.setDefault(zone);
    }
  }
}
