package io.govcloud.core.catalog;

import io.govcloud.model.Dimension;
import java.math.BigDecimal;
import java.math.BigInteger;
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
 *
 * <p>When the category keeps its quantities as {@code long}s and the request's quantities, limits and
 * instances are whole numbers of at most {@link CategoryIndex#SMALL} at the category's scale, {@link
 * #small} holds them unscaled, for the index's {@code long} screening; otherwise it is null. A limit beyond
 * the range of {@code long} is kept as {@link Long#MAX_VALUE}, which no quantity provided in {@code long}s
 * exceeds.
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
  /** The request unscaled at the category's scale, or null. */
  final Small small;

  /** A request's figures unscaled at the category's scale. */
  record Small(long[] requested, long[] limits, long instances) {}

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
    this.small = small(index);
  }

  private Small small(CategoryIndex index) {
    if (!index.isSmall() || request.instances() > CategoryIndex.SMALL) {
      return null;
    }
    int n = requested.length;
    long[] smallRequested = new long[n];
    long[] smallLimits = new long[n];
    for (int j = 0; j < n; j++) {
      if (requested[j].scale() != index.scale) {
        return null;
      }
      smallRequested[j] = CategoryIndex.unscaled(requested[j]);
      if (smallRequested[j] == Long.MIN_VALUE) {
        return null;
      }
      BigInteger limit = limits[j].unscaledValue();
      smallLimits[j] = limit.bitLength() < 63 ? limit.longValue() : Long.MAX_VALUE;
    }
    return new Small(smallRequested, smallLimits, request.instances());
  }
}
