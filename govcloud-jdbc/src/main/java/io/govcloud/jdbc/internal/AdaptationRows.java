package io.govcloud.jdbc.internal;

import io.govcloud.model.ResourceAdaptation;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The adaptation of a resource (Art. 27, rule R3): {@code gc_resource_adaptation}, one row per adapted
 * resource, with the requested dimensions in {@code gc_resource_adaptation_dimension} and the items not
 * chosen in {@code gc_resource_adaptation_rejection}, each in order. Written with the resource's children
 * and read with them, for the resources a query selects. Not API.
 */
final class AdaptationRows {

  private final ResourceTable table;
  private final String predicate;
  private final Sql.Binder binder;

  /** A reader of the adaptations of the resources {@code predicate} selects. */
  AdaptationRows(ResourceTable table, String predicate, Sql.Binder binder) {
    this.table = table;
    this.predicate = predicate;
    this.binder = binder;
  }

  /** Writes a resource's adaptation. */
  static void insert(Transaction tx, String id, ResourceAdaptation a) throws SQLException {
    String of = "resource " + id + " adaptation ";
    tx.update("INSERT INTO gc_resource_adaptation (resource_id, catalog_version, category, instances, item, units, units_scale, "
            + "monthly_total, policy_from, max_relative_excess, max_relative_excess_scale, chinese, english) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p -> p.text(id).text(a.catalogVersion()).text(a.category()).number(a.instances()).text(a.item())
            .decimal(a.units(), of + "units").money(a.monthlyTotal()).date(a.policyEffectiveFrom())
            .decimal(a.maxRelativeExcess(), of + "bound").text(a.chinese()).text(a.english()));
    List<ResourceAdaptation.Provision> provisions = a.provisions();
    tx.batch("INSERT INTO gc_resource_adaptation_dimension (resource_id, ordinal, dimension, unit, requested, requested_scale, "
            + "provided, provided_scale) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        IntStream.range(0, provisions.size()).boxed().toList(), (p, i) -> p.text(id).integer(i)
            .text(provisions.get(i).dimension()).text(provisions.get(i).unit())
            .decimal(provisions.get(i).requested(), of + "requested quantity")
            .decimal(provisions.get(i).provided(), of + "provided quantity"));
    List<ResourceAdaptation.RejectedItem> rejected = a.rejected();
    tx.batch("INSERT INTO gc_resource_adaptation_rejection (resource_id, ordinal, item, reason, chinese, english) "
            + "VALUES (?, ?, ?, ?, ?, ?)",
        IntStream.range(0, rejected.size()).boxed().toList(), (p, i) -> p.text(id).integer(i)
            .text(rejected.get(i).item()).text(rejected.get(i).reason()).text(rejected.get(i).chinese())
            .text(rejected.get(i).english()));
  }

  /** Deletes a resource's adaptation, if it has one. */
  static void delete(Transaction tx, String key) throws SQLException {
    tx.update("DELETE FROM gc_resource_adaptation_rejection WHERE resource_id = ?", p -> p.text(key));
    tx.update("DELETE FROM gc_resource_adaptation_dimension WHERE resource_id = ?", p -> p.text(key));
    tx.update("DELETE FROM gc_resource_adaptation WHERE resource_id = ?", p -> p.text(key));
  }

  /** The adaptations of the selected resources, by resource id; a resource without one is not a key. */
  Map<String, ResourceAdaptation> read() throws SQLException {
    Map<String, List<ResourceAdaptation.Provision>> provisions = table.children(
        table.selectChildren("gc_resource_adaptation_dimension", "resource_id", predicate, "ordinal"), binder, "resource_id",
        row -> new ResourceAdaptation.Provision(row.text("dimension"), row.text("unit"), row.decimal("requested"), row.decimal("provided")));
    Map<String, List<ResourceAdaptation.RejectedItem>> rejected = table.children(
        table.selectChildren("gc_resource_adaptation_rejection", "resource_id", predicate, "ordinal"), binder, "resource_id",
        row -> new ResourceAdaptation.RejectedItem(row.text("item"), row.text("reason"), row.text("chinese"), row.text("english")));
    Map<String, ResourceAdaptation> adaptations = new LinkedHashMap<>();
    Map<String, List<String>> rows = table.children(
        table.selectChildren("gc_resource_adaptation", "resource_id", predicate, "resource_id"), binder, "resource_id", row -> {
          String id = row.text("resource_id");
          adaptations.put(id, new ResourceAdaptation(
              row.text("catalog_version"), row.text("category"), row.number("instances"), row.text("item"),
              row.decimal("units"), row.money("monthly_total"), row.date("policy_from"), row.decimal("max_relative_excess"),
              provisions.getOrDefault(id, List.of()), rejected.getOrDefault(id, List.of()), row.text("chinese"), row.text("english")));
          return id;
        });
    return rows.isEmpty() ? Map.of() : adaptations;
  }
}
