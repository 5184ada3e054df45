package io.govcloud.core.reallocation;

import static io.govcloud.core.reallocation.Reallocation.CATALOG;
import static io.govcloud.core.reallocation.Reallocation.CORES;
import static io.govcloud.core.reallocation.Reallocation.DEPARTMENT;
import static io.govcloud.core.reallocation.Reallocation.HOST;
import static io.govcloud.core.reallocation.Reallocation.MEMORY;
import static io.govcloud.core.reallocation.Reallocation.PLATFORM;
import static io.govcloud.core.reallocation.Reallocation.VCPU;
import static io.govcloud.core.reallocation.Reallocation.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capacity declared for a recurring period is not idle inside it (Art. 23; rule R6). */
class PeriodicCapacityTest {

  /** A tax system: 2 hosts all year, 6 from 1 March to 31 May for the annual filing. */
  private static final List<CloudResource.Period> PEAK =
      List.of(new CloudResource.Period(MonthDay.of(3, 1), BigDecimal.valueOf(6)), new CloudResource.Period(MonthDay.of(6, 1), BigDecimal.valueOf(2)));

  private static CloudResource filing(long configured) {
    return filing("r-filing", DEPARTMENT, PLATFORM, HOST, configured, ResourceState.ACTIVE);
  }

  private static CloudResource filing(String id, DepartmentId department, PlatformId platform, String item, long configured, ResourceState state) {
    return resource(id, department, platform, item, configured, state, PEAK);
  }

  private static PeriodicCapacity on(LocalDate date, List<CloudResource> resources) {
    return PeriodicCapacity.declaredOn(DEPARTMENT, PLATFORM, VCPU, date, resources, CATALOG).get();
  }

  @Test
  void insideItsPeriodTheCapacityAboveTheBaseIsDeclared() {
    PeriodicCapacity march = on(LocalDate.of(2025, 3, 15), List.of(filing(6)));
    assertThat(march.total()).as("4 hosts above the base of 2, 4 vCPU each").isEqualByComparingTo("16");
    assertThat(march.parts()).singleElement().satisfies(part -> {
      assertThat(part.resource()).isEqualTo(ResourceId.of("r-filing"));
      assertThat(part.period()).isEqualTo(MonthDay.of(3, 1));
      assertThat(part.periodQuantity()).isEqualByComparingTo("6");
      assertThat(part.baseQuantity()).isEqualByComparingTo("2");
      assertThat(part.configured()).isEqualByComparingTo("6");
    });
    assertThat(PeriodicCapacity.declaredOn(DEPARTMENT, PLATFORM, MEMORY, LocalDate.of(2025, 3, 15), List.of(filing(6)), CATALOG).get().total())
        .isEqualByComparingTo("32");
  }

  @Test
  void outsideItsPeriodNothingIsDeclared() {
    assertThat(on(LocalDate.of(2025, 6, 1), List.of(filing(6))).total()).as("the base period, still configured for the peak").isZero();
    assertThat(on(LocalDate.of(2025, 2, 28), List.of(filing(2))).total()).as("before the peak, wrapping from last June").isZero();
  }

  @Test
  void onlyWhatIsConfiguredCounts() {
    assertThat(on(LocalDate.of(2025, 3, 15), List.of(filing(4))).total()).as("configured 4 of the 6 declared").isEqualByComparingTo("8");
    assertThat(on(LocalDate.of(2025, 3, 15), List.of(filing(1))).total()).as("below the base").isZero();
  }

  @Test
  void resourcesWithoutPeriodsOfOthersOrNotInServiceAreIgnored() {
    CloudResource plain = resource("r-plain", CORES, 40);
    CloudResource otherDepartment = filing("r-other", DepartmentId.of("other"), PLATFORM, HOST, 6, ResourceState.ACTIVE);
    CloudResource otherPlatform = filing("r-elsewhere", DEPARTMENT, PlatformId.of("other"), HOST, 6, ResourceState.ACTIVE);
    CloudResource terminated = filing("r-ended", DEPARTMENT, PLATFORM, HOST, 6, ResourceState.TERMINATED);
    CloudResource changing = filing("r-changing", DEPARTMENT, PLATFORM, HOST, 6, ResourceState.CHANGE_REQUESTED);
    PeriodicCapacity march = on(LocalDate.of(2025, 3, 15), List.of(plain, otherDepartment, otherPlatform, terminated, changing, filing(6)));
    assertThat(march.parts()).extracting(PeriodicCapacity.Part::resource)
        .containsExactly(ResourceId.of("r-changing"), ResourceId.of("r-filing"));
    assertThat(march.total()).isEqualByComparingTo("32");
    assertThat(PeriodicCapacity.none(VCPU, LocalDate.of(2025, 3, 15)).total()).isZero();
  }

  @Test
  void aPeriodicResourceWhoseItemIsNotInTheCatalogIsRefused() {
    CloudResource gpu = filing("r-filing", DEPARTMENT, PLATFORM, "gpu.v100", 6, ResourceState.ACTIVE);
    Violation refused = PeriodicCapacity.declaredOn(DEPARTMENT, PLATFORM, VCPU, LocalDate.of(2025, 3, 15), List.of(gpu), CATALOG).getLeft();
    assertThat(refused.code()).isEqualTo(ReallocationViolations.ITEM_NOT_IN_CATALOG);
    assertThat(refused.facts()).containsEntry("item", "gpu.v100").containsEntry("resource", "r-filing");
    assertThat(on(LocalDate.of(2025, 3, 15), List.of(resource("r-plain", "gpu.v100", 1))).total())
        .as("a resource without periods needs no catalog item").isZero();
  }

  @Test
  void periodicCapacityKeepsADepartmentInItsPeakSeasonFromAReminder() {
    // 200 vCPU allocated, 60 idle during the filing peak, 16 of them declared for it: 44 counted, above 15%
    Assessment peak = Assessment.of(new BigDecimal("200"), new BigDecimal("60"), on(LocalDate.of(2025, 3, 15), List.of(filing(6))).total(),
        new BigDecimal("0.15"));
    assertThat(peak.countedIdle()).isEqualByComparingTo("44");
    assertThat(peak.leastReduction()).as("ceil((44 - 30) / 0.85)").isEqualByComparingTo("17");
  }
}
