package io.govcloud.jdbc.internal;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.spi.PlatformRepository;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The platforms: {@code gc_platform}, and their zones in {@code gc_platform_zone}. Not API. */
final class PlatformTable extends AggregateTable<PlatformId, Platform> implements PlatformRepository {

  private static final List<String> COLUMNS = List.of(
      "name", "jurisdiction", "owner_department", "provider", "time_zone");

  PlatformTable(JdbcUnitOfWork unit) {
    super(unit, "platform", "platforms", "gc_platform", true);
  }

  @Override
  public List<Platform> ownedBy(DepartmentId department) {
    String owner = Objects.requireNonNull(department, "department").value();
    return list("list platforms of department " + owner, "owner_department = ?", "id", p -> p.text(owner));
  }

  @Override
  String key(PlatformId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, Platform platform) throws SQLException {
    p.text(platform.name())
        .text(platform.jurisdiction().code())
        .text(platform.owner().map(DepartmentId::value))
        .text(platform.provider().value())
        .text(platform.timeZone().getId());
  }

  @Override
  void insertChildren(Platform platform) throws SQLException {
    unit.transaction().batch("INSERT INTO gc_platform_zone (platform_id, network_zone) VALUES (?, ?)",
        platform.zones(), (p, zone) -> p.text(platform.id().value()).name(zone));
  }

  @Override
  void deleteChildren(String key) throws SQLException {
    unit.transaction().update("DELETE FROM gc_platform_zone WHERE platform_id = ?", p -> p.text(key));
  }

  @Override
  List<Platform> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    Map<String, Platform.Builder> platforms = new LinkedHashMap<>();
    unit.transaction().forEach(selectParents(predicate, order), binder, row -> platforms.put(row.text("id"), Platform.builder()
        .id(PlatformId.of(row.text("id")))
        .name(row.text("name"))
        .jurisdiction(new Jurisdiction(row.text("jurisdiction")))
        .owner(row.optionalText("owner_department").map(DepartmentId::of))
        .provider(ProviderId.of(row.text("provider")))
        .timeZone(ZoneId.of(row.text("time_zone")))
        .version(row.number("version"))));
    if (platforms.isEmpty()) {
      return List.of();
    }
    Map<String, List<NetworkZone>> zones = children(
        selectChildren("gc_platform_zone", "platform_id", predicate, "network_zone"), binder, "platform_id",
        row -> row.constant("network_zone", NetworkZone.class));
    return platforms.entrySet().stream()
        .map(e -> e.getValue().addAllZones(zones.getOrDefault(e.getKey(), List.of())).build())
        .toList();
  }
}
