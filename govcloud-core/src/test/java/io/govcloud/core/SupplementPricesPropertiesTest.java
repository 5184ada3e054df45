package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.core.catalog.CatalogViolations;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.Money;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * For any prices a supplementary contract agrees (docs/rules.md#r2; Art. 20, 26, 27), drawn from the
 * catalog's items and one it does not list, at prices around their caps: it is refused exactly when some
 * price is above its item's cap or of an unlisted item, with exactly those prices as violations (each
 * audited, nothing saved); otherwise the contract holds its prices followed by the new ones.
 */
class SupplementPricesPropertiesTest {

  private static final List<String> ITEMS = List.of("ecs.c2m4", "ecs.c4m8", "evs.ssd", "gpu.t4");
  private static final Map<String, CatalogItem> CATALOG = World.catalog().versions().get(0).items();
  private static final LocalDate FROM = LocalDate.of(2025, 1, 2);

  private int refusedRuns;
  private int acceptedRuns;

  /** A price: the item's index, the price in fen (up to 700.00 yuan), the day after 2025-01-01 it takes effect. */
  private static Gen<int[]> price() {
    return integers().between(0, ITEMS.size() - 1)
        .zip(integers().between(0, 70_000), integers().between(0, 400), (item, fen, day) -> new int[] {item, fen, day});
  }

  @Test
  void aSupplementIsRefusedIffAPriceIsAboveItsCapOrUnlistedWithExactlyThosePrices() {
    qt().withExamples(60).forAll(lists().of(price()).ofSizeBetween(1, 6)).checkAssert(this::run);
    assertThat(refusedRuns).as("runs refused").isPositive();
    assertThat(acceptedRuns).as("runs accepted").isPositive();
  }

  private void run(List<int[]> drawn) {
    List<ContractPrice> prices = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int[] p : drawn) {
      String item = ITEMS.get(p[0]);
      // caps scaled so that about half the prices of a listed item are within them
      long fen = p[0] == 2 ? p[1] / 350 : p[1];
      if (seen.add(item + p[2])) {
        prices.add(ContractPrice.of(item, Money.of(BigDecimal.valueOf(fen, 2)), FROM.plusDays(p[2])));
      }
    }
    World world = new World(InMemoryStore.create());
    Contract before = world.store.transact(uow -> uow.contracts().find(CD)).orElseThrow();
    Either<List<Violation>, Contract> result =
        world.gov.as(DEPT_D).registry().addSupplement(CD, new Contract.Supplement("补充协议", world.clock.instant(), 0), prices);

    Set<String> expected = new TreeSet<>();
    for (ContractPrice p : prices) {
      Optional<CatalogItem> item = Optional.ofNullable(CATALOG.get(p.item()));
      if (item.isEmpty() || p.unitPrice().isGreaterThan(item.get().monthlyCap())) {
        expected.add(p.item() + " " + p.unitPrice().amount().toPlainString() + " " + p.effectiveFrom());
      }
    }
    Contract after = world.store.transact(uow -> uow.contracts().find(CD)).orElseThrow();
    List<AuditRecord> audited = world.store.transact(uow -> uow.audit().ofSubject("contract", CD.value())).stream()
        .filter(r -> r.action().equals("ADD_SUPPLEMENT")).toList();
    if (expected.isEmpty()) {
      acceptedRuns++;
      assertThat(result.isRight()).as("accepted: %s", result).isTrue();
      List<ContractPrice> all = new ArrayList<>(before.prices());
      all.addAll(prices);
      assertThat(after.prices()).containsExactlyElementsOf(all);
      assertThat(audited).singleElement().satisfies(r -> assertThat(r.isAccepted()).isTrue());
    } else {
      refusedRuns++;
      assertThat(result.isLeft()).as("refused").isTrue();
      List<Violation> violations = result.getLeft();
      assertThat(violations).allSatisfy(v -> assertThat(v.code())
          .isIn(CatalogViolations.PRICE_ABOVE_CAP, CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG));
      assertThat(violations).extracting(v -> v.facts().get("item") + " " + v.facts().get("price") + " " + v.facts().get("priceFrom"))
          .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
      assertThat(audited).flatExtracting(r -> r.refusal().stream().toList()).containsExactlyElementsOf(violations);
      assertThat(after).isEqualTo(before);
    }
  }
}
