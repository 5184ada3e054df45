package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The precision of instants (docs/rules.md#limits; issue 10, "every store answers alike"): every value
 * type keeps an instant truncated to the microsecond, whatever nanoseconds it is built with, so that every
 * store keeps and returns the same instant.
 */
class InstantPrecisionTest {

  private static WorkOrder workOrder(Instant effectiveAt, Instant confirmedAt) {
    return WorkOrder.builder().id(WorkOrderId.of("wo-1")).resource(ResourceId.of("r-1")).kind(WorkOrder.Kind.OPEN)
        .department(DepartmentId.of("d-1")).platform(PlatformId.of("p-1")).provider(ProviderId.of("provider-1"))
        .contract(ContractId.of("c-1")).project(ProjectId.of("project-1")).item("evs.ssd").quantity(BigDecimal.ONE)
        .effectiveAt(effectiveAt).zone(ZoneId.of("Asia/Shanghai")).confirmedAt(confirmedAt).build();
  }

  @Test
  void anyInstantIsKeptTruncatedToTheMicrosecondAndInOrder() {
    long first = Limits.EARLIEST_INSTANT.getEpochSecond();
    long end = Limits.END_OF_INSTANTS.getEpochSecond();
    qt().forAll(longs().between(first, end - 2), integers().between(0, 999_999_999), integers().between(0, 999_999_999))
        .checkAssert((seconds, nanos, later) -> {
          Instant at = Instant.ofEpochSecond(seconds, nanos);
          Instant after = Instant.ofEpochSecond(seconds + 1, later);
          Instant expected = Instant.ofEpochSecond(seconds, nanos / 1000 * 1000);
          assertThat(Limits.toPrecision(at)).isEqualTo(expected).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
          WorkOrder order = workOrder(at, after);
          assertThat(order.effectiveAt()).isEqualTo(expected);
          assertThat(order.confirmedAt()).isEqualTo(Limits.toPrecision(after)).isAfter(order.effectiveAt());
          assertThat(order).isEqualTo(workOrder(expected, Limits.toPrecision(after)));
          AuditRecord record = AuditRecord.accepted(at, Actor.authority(Jurisdiction.MUNICIPAL, "王"), "READ", "resource", "r-1", List.of());
          assertThat(record.at()).isEqualTo(expected);
          assertThat(new Contract.Supplement("补充协议-1", at, 10).signedAt()).isEqualTo(expected);
          assertThat(CloudResource.Emergency.reported(at).reportedAt()).isEqualTo(expected);
        });
  }

  @Test
  void anInstantAtTheMicrosecondIsKeptAsItIsAndAbsentStaysAbsent() {
    Instant micro = Instant.parse("2025-09-26T07:30:00.123456Z");
    WorkOrder order = workOrder(micro, micro);
    assertThat(order.effectiveAt()).isSameAs(micro);
    assertThat(Limits.toPrecision(Instant.parse("8999-12-31T23:59:59.999999999Z"))).isEqualTo(Instant.parse("8999-12-31T23:59:59.999999Z"));
    assertThat(Limits.toPrecision(Limits.EARLIEST_INSTANT.plusNanos(999))).isEqualTo(Limits.EARLIEST_INSTANT);
    assertThat(new Provider.Suspension(micro.plusNanos(1), "违约", Provider.Suspension.Cause.MANUAL).since()).isEqualTo(micro);
    assertThat(Limits.requireInstant(Optional.<Instant>empty(), "closedAt")).isEmpty();
    assertThat(Limits.requireInstant(Optional.of(micro.plusNanos(999)), "closedAt")).contains(micro);
  }
}
