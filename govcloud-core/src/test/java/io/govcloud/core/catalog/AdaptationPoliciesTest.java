package io.govcloud.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Article;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The versions of the adaptation policy by effective date (docs/rules.md#r3). */
class AdaptationPoliciesTest {

  private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
  private static final AdaptationPolicy HALF = AdaptationPolicy.of(new BigDecimal("0.5"));

  @Test
  void theStandardHistoryIsTheStandardBoundFromItsFirstDay() {
    assertThat(AdaptationPolicies.standard().all())
        .containsExactly(new AdaptationPolicies.Version(AdaptationPolicies.STANDARD_FROM, AdaptationPolicy.standard()));
    assertThat(AdaptationPolicies.standard().inForceOn(AdaptationPolicies.STANDARD_FROM.minusDays(1))).isEmpty();
    assertThat(AdaptationPolicies.standard().inForceOn(AdaptationPolicies.STANDARD_FROM)).map(AdaptationPolicies.Version::policy)
        .contains(AdaptationPolicy.standard());
  }

  @Test
  void aVersionIsInForceFromItsEffectiveDateUntilTheNextOnes() {
    AdaptationPolicies policies = AdaptationPolicies.standard().with(MAY, HALF);
    assertThat(policies.inForceOn(MAY.minusDays(1)).orElseThrow().policy()).isEqualTo(AdaptationPolicy.standard());
    assertThat(policies.inForceOn(MAY).orElseThrow().policy()).isEqualTo(HALF);
    assertThat(policies.inForceOn(MAY.plusYears(10)).orElseThrow().effectiveFrom()).isEqualTo(MAY);
    // given in any order, kept by date
    AdaptationPolicies reversed = AdaptationPolicies.of(List.of(
        new AdaptationPolicies.Version(MAY, HALF), new AdaptationPolicies.Version(AdaptationPolicies.STANDARD_FROM, AdaptationPolicy.standard())));
    assertThat(reversed.all()).isEqualTo(policies.all());
  }

  @Test
  void twoVersionsOnOneDayAreRefused() {
    assertThatThrownBy(() -> AdaptationPolicies.standard().with(AdaptationPolicies.STANDARD_FROM, HALF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2000-01-01");
  }

  @Test
  void noVersionInForceIsARefusalOfArticle27() {
    AdaptationPolicies later = AdaptationPolicies.of(List.of(new AdaptationPolicies.Version(MAY, HALF)));
    Violation refusal = later.forDay(MAY.minusDays(1)).getLeft();
    assertThat(refusal.code()).isEqualTo(CatalogViolations.ADAPTATION_POLICY_NOT_IN_FORCE);
    assertThat(refusal.article()).isEqualTo(Article.of(27));
    assertThat(refusal.facts()).containsEntry("date", "2026-04-30");
    assertThat(later.forDay(MAY).get().policy()).isEqualTo(HALF);
  }
}
