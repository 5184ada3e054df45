package io.govcloud.core.billing;

import io.govcloud.model.BillLine;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ProviderStatement;
import io.govcloud.model.ProviderStatementLine;
import io.govcloud.model.ResourceId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reconciliation of a provider's monthly statement with the computed bill (Art. 22, 30; docs/rules.md#r4):
 * every difference, with the computed breakdown beside it.
 *
 * <p>Both sides are grouped by resource, item and quantity (quantities compared by value, amounts of one
 * group summed). A group on both sides with another amount is {@link Discrepancy.Kind#AMOUNT_DIFFERS}; the
 * remaining groups of one resource and item are paired by ascending quantity as {@link
 * Discrepancy.Kind#QUANTITY_DIFFERS}; what is left is {@link Discrepancy.Kind#MISSING_FROM_STATEMENT} or
 * {@link Discrepancy.Kind#NOT_IN_BILL}. Decision: the statement is compared with the bill's lines, the
 * month's own usage; the bill's adjustments of earlier months are the ledger's and are listed apart.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reconciliation {

  private record Key(ResourceId resource, String item) implements Comparable<Key> {
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::resource).thenComparing(Key::item);

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }
  }

  private final MonthlyBill bill;
  private final ProviderStatement statement;
  private final List<Discrepancy> discrepancies;

  private Reconciliation(MonthlyBill bill, ProviderStatement statement, List<Discrepancy> discrepancies) {
    this.bill = bill;
    this.statement = statement;
    this.discrepancies = List.copyOf(discrepancies);
  }

  /**
   * Reconciles a statement with the bill of the same account and month.
   *
   * @param bill the computed bill (issued, or a draft of {@link Billing#bills}), not null
   * @param statement the provider's statement, not null
   * @return the reconciliation, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the statement is of another account or month than the bill
   */
  public static Reconciliation of(MonthlyBill bill, ProviderStatement statement) {
    Objects.requireNonNull(bill, "bill");
    Objects.requireNonNull(statement, "statement");
    if (!bill.account().equals(statement.account()) || !bill.month().equals(statement.month())) {
      throw new IllegalArgumentException(
          "the statement of " + statement.account() + " for " + statement.month() + " cannot be reconciled with the bill of "
              + bill.account() + " for " + bill.month());
    }
    SortedMap<Key, SortedMap<BigDecimal, List<BillLine>>> computed = new TreeMap<>();
    for (BillLine line : bill.lines()) {
      computed.computeIfAbsent(new Key(line.resource(), line.item()), k -> new TreeMap<>())
          .computeIfAbsent(line.quantity(), q -> new ArrayList<>())
          .add(line);
    }
    SortedMap<Key, SortedMap<BigDecimal, Money>> stated = new TreeMap<>();
    for (ProviderStatementLine line : statement.lines()) {
      stated.computeIfAbsent(new Key(line.resource(), line.item()), k -> new TreeMap<>())
          .merge(line.quantity(), line.amount(), Money::plus);
    }
    SortedMap<Key, Boolean> keys = new TreeMap<>();
    computed.keySet().forEach(k -> keys.put(k, true));
    stated.keySet().forEach(k -> keys.put(k, true));
    List<Discrepancy> discrepancies = new ArrayList<>();
    for (Key key : keys.keySet()) {
      compare(key, computed.getOrDefault(key, new TreeMap<>()), stated.getOrDefault(key, new TreeMap<>()), discrepancies);
    }
    return new Reconciliation(bill, statement, discrepancies);
  }

  private static void compare(
      Key key, SortedMap<BigDecimal, List<BillLine>> computed, SortedMap<BigDecimal, Money> stated, List<Discrepancy> out) {
    SortedMap<BigDecimal, List<BillLine>> computedRest = new TreeMap<>(computed);
    SortedMap<BigDecimal, Money> statedRest = new TreeMap<>(stated);
    for (Map.Entry<BigDecimal, Money> entry : stated.entrySet()) {
      List<BillLine> lines = computed.get(entry.getKey());
      if (lines != null) {
        computedRest.remove(entry.getKey());
        statedRest.remove(entry.getKey());
        Discrepancy candidate = new Discrepancy(
            Discrepancy.Kind.AMOUNT_DIFFERS, key.resource(), key.item(), entry.getKey(), entry.getValue(), lines);
        if (!candidate.difference().isZero()) {
          out.add(candidate);
        }
      }
    }
    Iterator<Map.Entry<BigDecimal, List<BillLine>>> computedLeft = computedRest.entrySet().iterator();
    Iterator<Map.Entry<BigDecimal, Money>> statedLeft = statedRest.entrySet().iterator();
    while (computedLeft.hasNext() && statedLeft.hasNext()) {
      Map.Entry<BigDecimal, Money> s = statedLeft.next();
      out.add(new Discrepancy(
          Discrepancy.Kind.QUANTITY_DIFFERS, key.resource(), key.item(), s.getKey(), s.getValue(), computedLeft.next().getValue()));
    }
    computedLeft.forEachRemaining(c -> out.add(
        new Discrepancy(Discrepancy.Kind.MISSING_FROM_STATEMENT, key.resource(), key.item(), null, null, c.getValue())));
    statedLeft.forEachRemaining(s -> out.add(
        new Discrepancy(Discrepancy.Kind.NOT_IN_BILL, key.resource(), key.item(), s.getKey(), s.getValue(), List.of())));
  }

  /** {@return the bill reconciled, not null} */
  public MonthlyBill bill() {
    return bill;
  }

  /** {@return the statement reconciled, not null} */
  public ProviderStatement statement() {
    return statement;
  }

  /** {@return every difference, by resource and item; empty when the statement agrees with the bill} */
  public List<Discrepancy> discrepancies() {
    return discrepancies;
  }

  /** {@return whether the statement agrees with the bill's lines} */
  public boolean agrees() {
    return discrepancies.isEmpty();
  }

  /** {@return the statement's total minus the bill's lines total} */
  public Money difference() {
    long fen = 0;
    for (ProviderStatementLine line : statement.lines()) {
      fen = Math.addExact(fen, line.amount().toFen());
    }
    return Money.ofFen(fen).minus(bill.linesTotal());
  }
}
