package io.govcloud.core.reallocation;

import io.govcloud.core.calendar.Deadlines;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.model.Actor;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Configuration;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.DeploymentMode;
import io.govcloud.model.Dimension;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** The world of the reallocation tests: a district platform, its catalog, a department, its actors. */
final class Reallocation {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final DepartmentId DEPARTMENT = DepartmentId.of("dept-tax");
  static final PlatformId PLATFORM = PlatformId.of("yubei-cloud");
  static final Dimension VCPU = Dimension.VCPU;
  static final Dimension MEMORY = Dimension.MEMORY_GIB;
  static final Actor SYSTEM = Actor.system("多云管理系统");
  static final Actor AUTHORITY = Actor.authority(Jurisdiction.district("yubei"), "王督办");
  static final Actor TAX = Actor.department(DEPARTMENT, "李科长");
  static final Deadlines DEADLINES = Deadlines.of(WorkingDayCalendar.china(), SHANGHAI);

  /** 4 vCPU, 8 GiB a unit; a fixed flavour. */
  static final String HOST = "ecs.c4m8";
  /** 1 vCPU a unit, bought by quantity. */
  static final String CORES = "vcpu.core";
  /** 1 GB of SSD a unit. */
  static final String SSD = "ssd.gb";

  static final CatalogHistory CATALOG = CatalogHistory.of(ServiceCatalog.of("2025", LocalDate.of(2025, 1, 1), List.of(
      item(HOST, CatalogItem.Scaling.BUNDLE, Configuration.builder().with(VCPU, 4).with(MEMORY, 8).build()),
      item(CORES, CatalogItem.Scaling.PER_UNIT, Configuration.builder().with(VCPU, 1).build()),
      item(SSD, CatalogItem.Scaling.PER_UNIT, Configuration.builder().with(Dimension.STORAGE_GB, 1).build()))));

  static final Platform YUBEI = Platform.builder()
      .id(PLATFORM)
      .name("渝北区政务云")
      .jurisdiction(Jurisdiction.district("yubei"))
      .provider(ProviderId.of("provider-1"))
      .build();

  private Reallocation() {}

  private static CatalogItem item(String code, CatalogItem.Scaling scaling, Configuration configuration) {
    return new CatalogItem(code, code, "compute", "台·月", configuration, scaling, Money.of("100"));
  }

  /** An instant in Shanghai, e.g. {@code 2025-09-05T10:00}. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** A record of the department's vCPU. */
  static UtilizationRecord record(String id, long allocated, long idle, Instant measuredAt) {
    return record(id, VCPU, d(Long.toString(allocated)), d(Long.toString(idle)), measuredAt);
  }

  static UtilizationRecord record(String id, Dimension dimension, BigDecimal allocated, BigDecimal idle, Instant measuredAt) {
    return new UtilizationRecord(UtilizationRecordId.of(id), DEPARTMENT, PLATFORM, dimension, allocated, idle, measuredAt,
        "多云管理系统数据接口", measuredAt, SYSTEM);
  }

  /** An active resource of the department on the platform, without periods. */
  static CloudResource resource(String id, String item, long quantity) {
    return resource(id, DEPARTMENT, PLATFORM, item, quantity, ResourceState.ACTIVE, List.of());
  }

  /** A resource. */
  static CloudResource resource(
      String id, DepartmentId department, PlatformId platform, String item, long quantity, ResourceState state, List<CloudResource.Period> periods) {
    return CloudResource.builder()
        .id(ResourceId.of(id))
        .department(department)
        .applicant(department)
        .platform(platform)
        .provider(ProviderId.of("provider-1"))
        .contract(ContractId.of("contract-1"))
        .project(ProjectId.of("project-1"))
        .zone(NetworkZone.EXTRANET)
        .item(item)
        .quantity(BigDecimal.valueOf(quantity))
        .requestedQuantity(BigDecimal.valueOf(quantity))
        .fromRedundancy(BigDecimal.ZERO)
        .deploymentMode(DeploymentMode.SHARED)
        .deploymentConsented(false)
        .integrated(true)
        .state(state)
        .appliedAt(at("2025-01-06T09:00"))
        .addAllPeriods(periods)
        .build();
  }

  /** A confirmed work order of a resource of the department. */
  static WorkOrder workOrder(String id, String resource, WorkOrder.Kind kind, String item, long quantity, Instant at) {
    return WorkOrder.builder()
        .id(WorkOrderId.of(id))
        .resource(ResourceId.of(resource))
        .kind(kind)
        .department(DEPARTMENT)
        .platform(PLATFORM)
        .provider(ProviderId.of("provider-1"))
        .contract(ContractId.of("contract-1"))
        .project(ProjectId.of("project-1"))
        .item(item)
        .quantity(BigDecimal.valueOf(quantity))
        .effectiveAt(at)
        .zone(SHANGHAI)
        .confirmedAt(at)
        .build();
  }
}
