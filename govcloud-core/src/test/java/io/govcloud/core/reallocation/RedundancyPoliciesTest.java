package io.govcloud.core.reallocation;

import static io.govcloud.core.reallocation.Reallocation.PLATFORM;
import static io.govcloud.core.reallocation.Reallocation.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Article;
import io.govcloud.model.PlatformId;
import io.govcloud.model.RedundancyPolicy;
import io.govcloud.model.RedundancyRatio;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A platform's redundancy ratio over time (Art. 15; rule R6). */
class RedundancyPoliciesTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
  private static final String DOCUMENT = "渝大数据发〔2025〕12号 政务云平台弹性调配管理制度";

  private static Either<Violation, RedundancyPolicy> amend(Optional<RedundancyPolicy> current, String ratio, LocalDate from) {
    return RedundancyPolicies.amend(current, PLATFORM, d(ratio), from, DOCUMENT, TODAY);
  }

  private static RedundancyPolicy first() {
    return amend(Optional.empty(), "0.15", TODAY).get();
  }

  @Test
  void theFirstRatioMayTakeEffectTheDayItIsSet() {
    RedundancyPolicy policy = first();
    assertThat(policy.id()).isEqualTo(PLATFORM);
    assertThat(policy.version()).as("never saved").isZero();
    assertThat(policy.ratios()).containsExactly(new RedundancyRatio(d("0.15"), TODAY, DOCUMENT));
  }

  @Test
  void theRatioInForceOnAMeasurementsDateApplies() {
    RedundancyPolicy policy = amend(Optional.of(first().withVersion(3)), "0.10", LocalDate.of(2026, 1, 1)).get();
    assertThat(policy.version()).as("the loaded version, for the update").isEqualTo(3);
    assertThat(RedundancyPolicies.inForce(Optional.of(policy), PLATFORM, LocalDate.of(2025, 12, 31)).get().ratio()).isEqualByComparingTo("0.15");
    assertThat(RedundancyPolicies.inForce(Optional.of(policy), PLATFORM, LocalDate.of(2026, 1, 1)).get().ratio()).isEqualByComparingTo("0.10");
    assertThat(RedundancyPolicies.inForce(Optional.of(policy), PLATFORM, LocalDate.of(2030, 6, 1)).get().ratio()).isEqualByComparingTo("0.10");
  }

  @Test
  void beforeTheFirstRatioOrWithoutAPolicyNothingIsAssessed() {
    Violation before = RedundancyPolicies.inForce(Optional.of(first()), PLATFORM, TODAY.minusDays(1)).getLeft();
    assertThat(before.code()).isEqualTo(ReallocationViolations.RATIO_NOT_SET);
    assertThat(before.article()).isEqualTo(Article.of(15));
    assertThat(before.facts()).containsEntry("date", "2025-08-31");
    assertThat(RedundancyPolicies.inForce(Optional.empty(), PLATFORM, TODAY).getLeft().code()).isEqualTo(ReallocationViolations.RATIO_NOT_SET);
  }

  @Test
  void aRatioOutsideZeroToOneIsRefused() {
    for (String ratio : new String[] {"1", "1.0", "-0.01", "7"}) {
      Violation refused = amend(Optional.empty(), ratio, TODAY).getLeft();
      assertThat(refused.code()).as(ratio).isEqualTo(ReallocationViolations.RATIO_OUT_OF_RANGE);
      assertThat(refused.facts()).containsEntry("ratio", ratio);
    }
    assertThat(amend(Optional.empty(), "0", TODAY).isRight()).as("no idle capacity allowed at all").isTrue();
    assertThat(amend(Optional.empty(), "0.999999", TODAY).isRight()).isTrue();
  }

  @Test
  void aRatioTakesEffectNeitherBeforeItIsSetNorOnOrBeforeTheLatest() {
    assertThat(amend(Optional.empty(), "0.15", TODAY.minusDays(1)).getLeft().code()).isEqualTo(ReallocationViolations.RATIO_RETROACTIVE);
    RedundancyPolicy scheduled = amend(Optional.empty(), "0.15", LocalDate.of(2025, 10, 1)).get();
    Violation same = amend(Optional.of(scheduled), "0.12", LocalDate.of(2025, 10, 1)).getLeft();
    assertThat(same.code()).isEqualTo(ReallocationViolations.RATIO_RETROACTIVE);
    assertThat(same.facts()).containsEntry("latestEffectiveFrom", "2025-10-01").containsEntry("today", "2025-09-01");
    assertThat(amend(Optional.of(scheduled), "0.12", LocalDate.of(2025, 9, 15)).getLeft().code())
        .as("before a scheduled version").isEqualTo(ReallocationViolations.RATIO_RETROACTIVE);
    assertThat(amend(Optional.of(scheduled), "0.12", LocalDate.of(2025, 10, 2)).get().ratios()).hasSize(2);
  }

  @Test
  void aRatioMustCiteTheDocumentThatSetsIt() {
    Violation refused = RedundancyPolicies.amend(Optional.empty(), PLATFORM, d("0.15"), TODAY, "  ", TODAY).getLeft();
    assertThat(refused.code()).isEqualTo(ReallocationViolations.RATIO_DOCUMENT_REQUIRED);
    assertThat(refused.chinese()).contains("弹性调配管理制度");
  }

  @Test
  void aPolicyOfAnotherPlatformIsACallerBug() {
    Optional<RedundancyPolicy> other = Optional.of(RedundancyPolicy.of(PlatformId.of("other"), new RedundancyRatio(d("0.1"), TODAY, DOCUMENT)));
    assertThatThrownBy(() -> amend(other, "0.2", TODAY.plusDays(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
    assertThatThrownBy(() -> RedundancyPolicies.inForce(other, PLATFORM, TODAY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RedundancyPolicies.amend(Optional.empty(), PLATFORM, d("0.1"), TODAY, "x".repeat(201), TODAY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> amend(Optional.empty(), null, TODAY)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theModelKeepsVersionsInOrderAndRatiosInRange() {
    RedundancyRatio later = new RedundancyRatio(BigDecimal.ONE.movePointLeft(1), TODAY.plusDays(1), DOCUMENT);
    RedundancyRatio earlier = new RedundancyRatio(BigDecimal.ONE.movePointLeft(1), TODAY, DOCUMENT);
    assertThatThrownBy(() -> RedundancyPolicy.of(PLATFORM, later).with(earlier)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("increasing");
    assertThatThrownBy(() -> new RedundancyRatio(BigDecimal.ONE, TODAY, DOCUMENT)).isInstanceOf(IllegalArgumentException.class);
  }
}
