package io.govcloud.core.reallocation;

import static io.govcloud.core.reallocation.Reallocation.CATALOG;
import static io.govcloud.core.reallocation.Reallocation.CORES;
import static io.govcloud.core.reallocation.Reallocation.HOST;
import static io.govcloud.core.reallocation.Reallocation.MEMORY;
import static io.govcloud.core.reallocation.Reallocation.SSD;
import static io.govcloud.core.reallocation.Reallocation.VCPU;
import static io.govcloud.core.reallocation.Reallocation.at;
import static io.govcloud.core.reallocation.Reallocation.workOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceReduction;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The capacity of a configuration in a dimension, and what a confirmed work order changes (rule R2, R6). */
class CapacityTest {

  private static final Instant JUNE = at("2025-06-02T09:00");
  private static final Instant OCTOBER = at("2025-10-09T15:00");

  private static CatalogItem item(String code) {
    return CATALOG.versions().get(0).item(code).orElseThrow();
  }

  @Test
  void unitsOfAnItemProvideThatManyTimesItsConfigurationWhateverItsScaling() {
    assertThat(Capacity.of(item(HOST), BigDecimal.valueOf(3), VCPU)).as("3 hosts of 4 vCPU").isEqualByComparingTo("12");
    assertThat(Capacity.of(item(HOST), BigDecimal.valueOf(3), MEMORY)).as("3 hosts of 8 GiB").isEqualByComparingTo("24");
    assertThat(Capacity.of(item(CORES), new BigDecimal("2.5"), VCPU)).isEqualByComparingTo("2.5");
    assertThat(Capacity.of(item(SSD), BigDecimal.valueOf(500), VCPU)).as("no vCPU in storage").isZero();
    assertThatThrownBy(() -> Capacity.of(item(HOST), BigDecimal.valueOf(-1), VCPU)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOpeningAddsAChangeReplacesATerminationTakesAway() {
    WorkOrder open = workOrder("wo-1", "r-1", WorkOrder.Kind.OPEN, HOST, 5, JUNE);
    WorkOrder smaller = workOrder("wo-2", "r-1", WorkOrder.Kind.CHANGE, HOST, 2, OCTOBER);
    WorkOrder cores = workOrder("wo-3", "r-1", WorkOrder.Kind.CHANGE, CORES, 10, OCTOBER);
    WorkOrder end = workOrder("wo-4", "r-1", WorkOrder.Kind.TERMINATE, HOST, 5, OCTOBER);
    assertThat(Capacity.change(CATALOG, Optional.empty(), open, VCPU).get()).isEqualByComparingTo("20");
    assertThat(Capacity.change(CATALOG, Optional.of(open), smaller, VCPU).get()).as("5 hosts to 2").isEqualByComparingTo("-12");
    assertThat(Capacity.change(CATALOG, Optional.of(open), smaller, MEMORY).get()).isEqualByComparingTo("-24");
    assertThat(Capacity.change(CATALOG, Optional.of(open), cores, VCPU).get()).as("20 vCPU in hosts to 10 cores").isEqualByComparingTo("-10");
    assertThat(Capacity.change(CATALOG, Optional.of(open), cores, MEMORY).get()).as("no memory in cores").isEqualByComparingTo("-40");
    assertThat(Capacity.change(CATALOG, Optional.empty(), end, VCPU).get()).isEqualByComparingTo("-20");
  }

  @Test
  void aReductionNamesTheConfigurationsTheCapacityAndTheWorkOrder() {
    WorkOrder open = workOrder("wo-1", "r-1", WorkOrder.Kind.OPEN, HOST, 5, JUNE);
    WorkOrder smaller = workOrder("wo-2", "r-1", WorkOrder.Kind.CHANGE, HOST, 2, OCTOBER);
    ResourceReduction reduction = Capacity.reduction(CATALOG, Optional.of(open), smaller, VCPU).get().orElseThrow();
    assertThat(reduction).isEqualTo(new ResourceReduction(ResourceId.of("r-1"), HOST, BigDecimal.valueOf(5), HOST, BigDecimal.valueOf(2),
        new BigDecimal("12"), OCTOBER, Optional.of(WorkOrderId.of("wo-2")), false));
    ResourceReduction ended = Capacity.reduction(CATALOG, Optional.of(open), workOrder("wo-4", "r-1", WorkOrder.Kind.TERMINATE, HOST, 5, OCTOBER), VCPU)
        .get().orElseThrow();
    assertThat(ended.toQuantity()).isZero();
    assertThat(ended.capacity()).isEqualByComparingTo("20");
    WorkOrder bigger = workOrder("wo-5", "r-1", WorkOrder.Kind.CHANGE, HOST, 6, OCTOBER);
    assertThat(Capacity.reduction(CATALOG, Optional.of(open), bigger, VCPU).get()).as("a larger configuration reduces nothing").isEmpty();
    WorkOrder storage = workOrder("wo-6", "r-2", WorkOrder.Kind.TERMINATE, SSD, 500, OCTOBER);
    assertThat(Capacity.reduction(CATALOG, Optional.empty(), storage, VCPU).get()).as("storage is no vCPU").isEmpty();
  }

  @Test
  void anItemInNoCatalogInForceIsRefusedAndAChangeWithoutItsPredecessorIsACallerBug() {
    WorkOrder unknown = workOrder("wo-9", "r-9", WorkOrder.Kind.OPEN, "gpu.v100", 1, JUNE);
    assertThat(Capacity.change(CATALOG, Optional.empty(), unknown, VCPU).getLeft().code()).isEqualTo(ReallocationViolations.ITEM_NOT_IN_CATALOG);
    WorkOrder beforeTheCatalog = workOrder("wo-8", "r-8", WorkOrder.Kind.OPEN, HOST, 1, at("2024-12-31T12:00"));
    assertThat(Capacity.change(CATALOG, Optional.empty(), beforeTheCatalog, VCPU).getLeft().facts()).containsEntry("date", "2024-12-31");
    WorkOrder change = workOrder("wo-2", "r-1", WorkOrder.Kind.CHANGE, HOST, 2, OCTOBER);
    assertThatThrownBy(() -> Capacity.change(CATALOG, Optional.empty(), change, VCPU)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wo-2");
    WorkOrder ofAnother = workOrder("wo-1", "r-other", WorkOrder.Kind.OPEN, HOST, 5, JUNE);
    assertThatThrownBy(() -> Capacity.change(CATALOG, Optional.of(ofAnother), change, VCPU)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r-other");
  }
}
