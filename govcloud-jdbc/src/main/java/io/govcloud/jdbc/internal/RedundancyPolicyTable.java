package io.govcloud.jdbc.internal;

import io.govcloud.model.PlatformId;
import io.govcloud.model.RedundancyPolicy;
import io.govcloud.model.RedundancyRatio;
import io.govcloud.spi.RedundancyPolicyRepository;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The redundancy policies: {@code gc_redundancy_policy}, their versions in {@code gc_redundancy_ratio}. Not API. */
final class RedundancyPolicyTable extends AggregateTable<PlatformId, RedundancyPolicy> implements RedundancyPolicyRepository {

  RedundancyPolicyTable(JdbcUnitOfWork unit) {
    super(unit, "redundancy policy", "redundancy policies", "gc_redundancy_policy", true);
  }

  @Override
  String key(PlatformId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return List.of();
  }

  @Override
  void bindColumns(Params params, RedundancyPolicy policy) {}

  @Override
  void insertChildren(RedundancyPolicy policy) throws SQLException {
    List<RedundancyRatio> ratios = policy.ratios();
    unit.transaction().batch("INSERT INTO gc_redundancy_ratio (policy_id, ordinal, ratio, ratio_scale, effective_from, document) "
            + "VALUES (?, ?, ?, ?, ?, ?)",
        IntStream.range(0, ratios.size()).boxed().toList(), (p, i) -> p.text(policy.id().value()).integer(i)
            .decimal(ratios.get(i).ratio(), "redundancy ratio of platform " + policy.id())
            .date(ratios.get(i).effectiveFrom())
            .text(ratios.get(i).document()));
  }

  @Override
  void deleteChildren(String key) throws SQLException {
    unit.transaction().update("DELETE FROM gc_redundancy_ratio WHERE policy_id = ?", p -> p.text(key));
  }

  @Override
  List<RedundancyPolicy> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    Map<String, Long> versions = new LinkedHashMap<>();
    unit.transaction().forEach(selectParents(predicate, order), binder, row -> versions.put(row.text("id"), row.number("version")));
    if (versions.isEmpty()) {
      return List.of();
    }
    Map<String, List<RedundancyRatio>> ratios = children(
        selectChildren("gc_redundancy_ratio", "policy_id", predicate, "ordinal"), binder, "policy_id",
        row -> new RedundancyRatio(row.decimal("ratio"), row.date("effective_from"), row.text("document")));
    return versions.entrySet().stream()
        .map(e -> new RedundancyPolicy(PlatformId.of(e.getKey()), ratios.getOrDefault(e.getKey(), List.of()), e.getValue()))
        .toList();
  }
}
