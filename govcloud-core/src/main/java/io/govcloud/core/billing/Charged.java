package io.govcloud.core.billing;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrderId;
import java.util.Arrays;
import java.util.List;

/**
 * The charges of newly issued bills (docs/rules.md#r4) as they come, one row per line, adjustment or
 * recomputed line's work order, in growable parallel arrays: what {@link ChargeTable#plus} adds, sorted
 * by resource without an object per row. Not API; not thread-safe.
 */
final class Charged {

  /** A line: fen issued for its month and account, and its work order. */
  static final byte ISSUED = 0;
  /** An adjustment: fen adjusted for the month it corrects, in its bill's account. */
  static final byte ADJUSTED = 1;
  /** A work order an adjustment's recomputed line came from. */
  static final byte ORDER = 2;

  ResourceId[] resources = new ResourceId[64];
  byte[] kinds = new byte[64];
  int[] months = new int[64];
  BillingAccount[] accounts = new BillingAccount[64];
  long[] fen = new long[64];
  WorkOrderId[] orders = new WorkOrderId[64];
  int size;

  void add(ResourceId resource, byte kind, int month, BillingAccount account, long amount, WorkOrderId order) {
    if (size == resources.length) {
      int capacity = size * 2;
      resources = Arrays.copyOf(resources, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
      months = Arrays.copyOf(months, capacity);
      accounts = Arrays.copyOf(accounts, capacity);
      fen = Arrays.copyOf(fen, capacity);
      orders = Arrays.copyOf(orders, capacity);
    }
    resources[size] = resource;
    kinds[size] = kind;
    months[size] = month;
    accounts[size] = account;
    fen[size] = amount;
    orders[size] = order;
    size++;
  }

  /**
   * The rows' indexes sorted by resource, rows of one resource in the order they came: a natural merge
   * sort, which merges the runs the bills' lines already come in (each bill's lines by resource).
   */
  int[] byResource() {
    int[] from = new int[size];
    for (int i = 0; i < size; i++) {
      from[i] = i;
    }
    int[] runs = new int[size + 1]; // run r is [runs[r], runs[r + 1])
    int count = 0;
    for (int i = 0; i < size; i++) {
      if (i == 0 || resources[i - 1].compareTo(resources[i]) > 0) {
        runs[count++] = i;
      }
    }
    runs[count] = size;
    int[] to = new int[size];
    while (count > 1) {
      int merged = 0;
      for (int r = 0; r < count; r += 2) {
        int lo = runs[r];
        int mid = runs[Math.min(r + 1, count)];
        int hi = runs[Math.min(r + 2, count)];
        merge(from, to, lo, mid, hi);
        runs[merged++] = lo;
      }
      runs[merged] = size;
      count = merged;
      int[] swap = from;
      from = to;
      to = swap;
    }
    return from;
  }

  /**
   * The rows' indexes sorted by resource, rows of one resource in the order they came, where every
   * resource is one of {@code sorted} (ascending, distinct): each row's rank in it is looked up by hash,
   * then a counting sort orders the rows without comparing resources; null if a row's resource is not
   * among them.
   */
  int[] byRank(List<ResourceId> sorted) {
    int n = sorted.size();
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    int mask = capacity - 1;
    ResourceId[] keys = new ResourceId[capacity];
    int[] ranks = new int[capacity];
    int rank = 0;
    for (ResourceId resource : sorted) {
      int i = slot(resource, mask);
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = resource;
      ranks[i] = rank++;
    }
    int[] rankOf = new int[size];
    int[] starts = new int[n + 1];
    for (int t = 0; t < size; t++) {
      int i = slot(resources[t], mask);
      while (keys[i] != null && !keys[i].equals(resources[t])) {
        i = (i + 1) & mask;
      }
      if (keys[i] == null) {
        return null;
      }
      rankOf[t] = ranks[i];
      starts[ranks[i] + 1]++;
    }
    for (int r = 0; r < n; r++) {
      starts[r + 1] += starts[r];
    }
    int[] order = new int[size];
    for (int t = 0; t < size; t++) {
      order[starts[rankOf[t]]++] = t;
    }
    return order;
  }

  private static int slot(ResourceId resource, int mask) {
    int h = resource.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }

  /** Merges the sorted {@code from[lo, mid)} and {@code from[mid, hi)} into {@code to[lo, hi)}, the left first on ties. */
  private void merge(int[] from, int[] to, int lo, int mid, int hi) {
    int a = lo;
    int b = mid;
    for (int k = lo; k < hi; k++) {
      if (b >= hi || (a < mid && resources[from[a]].compareTo(resources[from[b]]) <= 0)) {
        to[k] = from[a++];
      } else {
        to[k] = from[b++];
      }
    }
  }
}
