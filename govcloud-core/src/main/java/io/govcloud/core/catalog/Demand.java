package io.govcloud.core.catalog;

import io.govcloud.model.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A request resolved against one category's columns: its dimensions in order, their quantities per
 * instance, the most each may be provided within the policy's bound, and the number of instances.
 *
 * <p>Quantities take the category's scale where they have no more decimals, so that comparisons with
 * the items' quantities take {@code BigDecimal}'s fast path. Every quantity an item provides is a
 * multiple of 10<sup>-scale</sup>, so the bound's limit {@code (1 + bound) × requested} is kept floored
 * to that scale: {@code provided ≤ limit} holds exactly when {@code provided ≤ floor(limit)}.
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
      BigDecimal wanted = quantities.get(dimensions[j]);
      requested[j] = wanted.scale() <= index.scale ? wanted.setScale(index.scale) : wanted;
      limits[j] = wanted.multiply(factor).setScale(index.scale, RoundingMode.FLOOR);
    }
    this.instances = BigDecimal.valueOf(request.instances());
  }
}
