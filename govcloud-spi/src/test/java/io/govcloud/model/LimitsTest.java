package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/**
 * The limits of input (docs/rules.md#limits, issue 11 findings 3, 4 and 6) at the value types, where every
 * store's values are built: what is within them is kept exactly as given, what is outside is refused
 * naming what is wrong.
 */
class LimitsTest {

  @Test
  void aQuantityOfTenToTheFifteenIsRefusedAsAboveTheLargest() {
    // finding 3: 10^15 units were accepted, then every issueBills overflowed
    assertThat(Limits.quantityProblem(new BigDecimal("1E+15"))).get().asString().contains("largest quantity 10000000");
    assertThatThrownBy(() -> new CloudResource.Period(MonthDay.of(1, 1), new BigDecimal("1000000000000000")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("largest quantity");
  }

  @Test
  void quantitiesTheInMemoryStoreKeptAndTheJdbcStoreRefusedAreRefusedByTheValues() {
    // finding 4: 1E-19 and 1E+25 were kept in memory and refused by the JDBC store (DECIMAL(38,18))
    assertThat(Limits.quantityProblem(new BigDecimal("1E-19"))).get().asString().contains("more than 6 decimals");
    assertThat(Limits.quantityProblem(new BigDecimal("1E+25"))).get().asString().contains("largest quantity");
    assertThat(Limits.quantityProblem(new BigDecimal("1E+999999999"))).isPresent();
    assertThat(Limits.quantityProblem(new BigDecimal("1E-999999999"))).isPresent();
    assertThat(Limits.quantityProblem(BigDecimal.ZERO)).get().asString().contains("positive");
    assertThat(Limits.quantityProblem(new BigDecimal("-1"))).isPresent();
  }

  @Test
  void theBoundsThemselvesAreWithinTheLimits() {
    assertThat(Limits.quantityProblem(Limits.MAX_QUANTITY)).isEmpty();
    assertThat(Limits.quantityProblem(new BigDecimal("10000000.000000"))).isEmpty();
    assertThat(Limits.quantityProblem(new BigDecimal("0.000001"))).isEmpty();
    assertThat(Limits.quantityProblem(new BigDecimal("0.10000000000"))).isEmpty();
    assertThat(Limits.quantityProblem(new BigDecimal("10000000.000001"))).isPresent();
    assertThat(Limits.quantityProblem(new BigDecimal("0.0000001"))).isPresent();
  }

  @Test
  void everyQuantityOfAtMostSixDecimalsUpToTheMaximumIsAcceptedAndNoneBeyond() {
    // quantities as millionths: n / 10^6 for n in [1, 10^13]
    qt().forAll(longs().between(1, 10_000_000_000_000L), integers().between(0, 6))
        .checkAssert((millionths, extraScale) -> {
          BigDecimal q = BigDecimal.valueOf(millionths, 6).setScale(6 + extraScale);
          assertThat(Limits.quantityProblem(q)).as("%s", q).isEmpty();
          assertThat(Limits.quantityProblem(q.add(Limits.MAX_QUANTITY))).as("%s + max", q).isPresent();
          assertThat(Limits.quantityProblem(q.add(new BigDecimal("1E-7")))).as("%s + 1E-7", q).isPresent();
        });
  }

  @Test
  void unitPricesAboveTheHighestAreRefused() {
    assertThat(ContractPrice.of("ecs", Limits.MAX_UNIT_PRICE, LocalDate.of(2025, 1, 1)).unitPrice()).isEqualTo(Money.of("100000.00"));
    assertThatThrownBy(() -> ContractPrice.of("ecs", Money.of("100000.01"), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("highest unit price");
    assertThatThrownBy(() -> CatalogValuesFixture.flavour("ecs", 4, 8, "100000.01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("highest unit price");
  }

  @Test
  void theLargestMonthlyAmountOfOneResourceLeavesRoomForNinetyThousandResourceMonths() {
    // docs/rules.md#limits: price × quantity ≤ 10^5 × 10^7 = 10^12 yuan = 10^14 fen
    Money largest = Limits.MAX_UNIT_PRICE.times(Limits.MAX_QUANTITY);
    assertThat(largest).isEqualTo(Money.of("1000000000000"));
    assertThat(Long.MAX_VALUE / largest.toFen()).isGreaterThanOrEqualTo(92_233L);
    // the smallest step of a quantity times the highest price is still a whole number of fen after rounding
    assertThat(Limits.MAX_UNIT_PRICE.times(new BigDecimal("0.000001"))).isEqualTo(Money.of("0.10"));
  }

  @Test
  void idsThatLookAlikeOrThatStoresCannotKeepAreRefused() {
    // finding 4: "dept-d" and "dept-d\u200B" were two departments; a lone surrogate became '?' on PostgreSQL and MariaDB
    for (String hostile : new String[] {"dept-d\u200B", "\uFEFFdept", "dept\u202Ed", "de\u2066pt", "dept\u200Ed", "a\u2028b",
        "a\u2029b", "dept\uD800", "\uDC00dept", "a\uDC00\uD800b", "a\u00ADb", "a\u0085b"}) {
      assertThatThrownBy(() -> DepartmentId.of(hostile)).as(Texts.quote(hostile))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+");
    }
    // not NFC: e + combining acute, and the Angstrom sign (NFC: Å)
    assertThatThrownBy(() -> ProviderId.of("caf\u0065\u0301")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NFC").hasMessageContaining("'café'");
    assertThatThrownBy(() -> ProjectId.of("\u212B")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NFC");
    // what is printable and NFC is kept as given: CJK, a pair of surrogates, an emoji joined with ZWJ is refused (U+200D is a format char)
    assertThat(DepartmentId.of("café-渝中区-𠀀").value()).isEqualTo("café-渝中区-𠀀");
    assertThatThrownBy(() -> DepartmentId.of("👨\u200D👩")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+200D");
  }

  @Test
  void personsAndNamesAreOneLineOfPrintableText() {
    // finding 4: Actor.person could hold a newline and forge lines of audit text
    for (String hostile : new String[] {"张三\nSYSTEM sweep accepted", "a\rb", "a\u0000b", "a\u2028b", "a\u202Eb", "\uFEFF张三", "a\uD800"}) {
      assertThatThrownBy(() -> Actor.department(DepartmentId.of("dept-1"), hostile)).as(Texts.quote(hostile))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+");
      assertThatThrownBy(() -> Department.of(DepartmentId.of("dept-1"), hostile, Jurisdiction.MUNICIPAL))
          .as(Texts.quote(hostile)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> Actor.department(DepartmentId.of("dept-1"), "x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
    assertThat(Actor.department(DepartmentId.of("dept-1"), "张三 (dept-1) 👩‍💻").person()).isEqualTo("张三 (dept-1) 👩‍💻");
  }

  @Test
  void supportedInstantsAreThoseEveryStoreKeepsWithRoomForDeadlines() {
    assertThat(Limits.isSupported(Instant.EPOCH)).isTrue();
    assertThat(Limits.isSupported(Instant.parse("8999-12-31T23:59:59.999999Z"))).isTrue();
    assertThat(Limits.isSupported(Instant.MAX)).isFalse();
    assertThat(Limits.isSupported(Instant.MIN)).isFalse();
    assertThat(Limits.isSupported(Limits.END_OF_INSTANTS)).isFalse();
    assertThat(Limits.isSupported(Instant.EPOCH.minusNanos(1))).isFalse();
  }
}
