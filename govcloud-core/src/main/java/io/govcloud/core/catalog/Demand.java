package io.govcloud.core.catalog;

import io.govcloud.model.Dimension;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A request resolved against one category's columns: its dimensions in order, their quantities per
 * instance, the most each may be provided within the policy's bound, and the number of instances.
 * Immutable after construction, so thread-safe.
 */
final class Demand {

  final AdaptationRequest request;
  final AdaptationPolicy policy;
  final Dimension[] dimensions;
  final int[] columns;
  final BigDecimal[] requested;
  final BigDecimal[] limits;
  final BigDecimal instances;

  Demand(AdaptationRequest request, AdaptationPolicy policy, CategoryIndex index) {
    this.request = request;
    this.policy = policy;
    Map<Dimension, BigDecimal> quantities = request.configuration().quantities();
    int n = quantities.size();
    this.dimensions = quantities.keySet().toArray(new Dimension[0]);
    this.columns = new int[n];
    this.requested = new BigDecimal[n];
    this.limits = new BigDecimal[n];
    BigDecimal factor = BigDecimal.ONE.add(policy.maxRelativeExcess());
    for (int j = 0; j < n; j++) {
      columns[j] = index.column(dimensions[j]);
      requested[j] = quantities.get(dimensions[j]);
      limits[j] = requested[j].multiply(factor);
    }
    this.instances = BigDecimal.valueOf(request.instances());
  }
}
