package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The catalog's texts an adaptation keeps (docs/rules.md#limits; issue 10, "every store answers alike"): a
 * catalog item's category and an adaptation's catalog version, category, dimension and unit are one-line
 * names of at most {@link Limits#MAX_NAME_LENGTH} chars, the width of their narrowest columns
 * ({@code VARCHAR(200)} on every dialect); a longer one, or one with a line break, is refused where the
 * value is built, so that no catalog is kept in memory that a JDBC store would refuse.
 */
class CatalogTextsTest {

  private static CatalogItem item(String category) {
    return new CatalogItem("ecs-4c8g", "云主机", category, "台·月", CatalogValuesFixture.vcpuMemory(4, 8), CatalogItem.Scaling.BUNDLE,
        Money.of("100.00"));
  }

  private static ResourceAdaptation adaptation(String version, String category, String dimension, String unit) {
    return new ResourceAdaptation(version, category, 1, "ecs-4c8g", BigDecimal.ONE, Money.of("100.00"), LocalDate.of(2025, 1, 1),
        new BigDecimal("0.5"), List.of(new ResourceAdaptation.Provision(dimension, unit, BigDecimal.ONE, BigDecimal.TEN)), List.of(),
        "适配为ecs-4c8g", "adapted to ecs-4c8g");
  }

  private static final List<Function<String, Object>> BUILDS = List.of(
      CatalogTextsTest::item,
      text -> adaptation(text, "compute", "vcpu", "core"),
      text -> adaptation("2025版", text, "vcpu", "core"),
      text -> adaptation("2025版", "compute", text, "core"),
      text -> adaptation("2025版", "compute", "vcpu", text));

  /** A text of n chars: 3-byte and 4-byte chars (a surrogate pair counts two), ASCII to fill. */
  private static String text(int chars) {
    StringBuilder s = new StringBuilder();
    while (s.length() + 2 <= chars) {
      s.append(s.length() % 3 == 0 ? "渝" : "𠀀");
    }
    return s.append("x".repeat(chars - s.length())).toString();
  }

  @Test
  void anyTextUpToTheLongestNameIsKeptAndOneCharMoreIsRefused() {
    qt().forAll(integers().between(1, Limits.MAX_NAME_LENGTH)).checkAssert(length -> {
      String kept = text(length);
      assertThat(kept).hasSize(length);
      assertThat(item(kept).category()).isEqualTo(kept);
      ResourceAdaptation a = adaptation(kept, kept, kept, kept);
      assertThat(List.of(a.catalogVersion(), a.category(), a.provisions().get(0).dimension(), a.provisions().get(0).unit()))
          .containsOnly(kept);
    });
    String tooLong = text(Limits.MAX_NAME_LENGTH + 1);
    for (Function<String, Object> build : BUILDS) {
      assertThatThrownBy(() -> build.apply(tooLong)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at most " + Limits.MAX_NAME_LENGTH + " characters");
    }
  }

  @Test
  void aLineBreakAControlCharOrALoneSurrogateIsRefused() {
    for (String bad : List.of("compute\nstorage", "compute\u0000", "compute\u2028", "\uD800compute", "compute\u202e", "   ")) {
      for (Function<String, Object> build : BUILDS) {
        assertThatThrownBy(() -> build.apply(bad)).as("«%s»", bad).isInstanceOf(IllegalArgumentException.class);
      }
    }
  }
}
