package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusedExceptionTest {

  private static final Violation FIRST = Violation.of("SOME_RULE", Article.of(22), "确认不符合实际", "the confirmation does not fit")
      .with("resource", "r-1");
  private static final Violation SECOND = Violation.of("OTHER_RULE", Article.of(30), "没有价格", "no price").with("item", "ecs");

  @Test
  void aViolationBecomesAnExceptionCarryingIt() {
    RefusedException e = FIRST.toException();
    assertThat(e).isInstanceOf(GovCloudException.class);
    assertThat(e.violation()).isSameAs(FIRST);
    assertThat(e.violations()).containsExactly(FIRST);
    assertThat(e).hasMessage("SOME_RULE (Art. 22): the confirmation does not fit {resource=r-1}");
  }

  @Test
  void aHostThrowsItFromARefusalValue() {
    Either<Violation, String> refused = Either.left(FIRST);
    assertThatThrownBy(() -> refused.getOrElseThrow(Violation::toException))
        .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.violation()).isEqualTo(FIRST));
    Either<List<Violation>, String> several = Either.left(List.of(FIRST, SECOND));
    assertThatThrownBy(() -> several.getOrElseThrow(RefusedException::of))
        .isInstanceOfSatisfying(RefusedException.class, e -> {
          assertThat(e.violations()).containsExactly(FIRST, SECOND);
          assertThat(e.getMessage()).contains("SOME_RULE").contains("\n").contains("OTHER_RULE");
        });
    assertThat(Either.<Violation, String>right("ok").getOrElseThrow(Violation::toException)).isEqualTo("ok");
  }

  @Test
  void aRefusalNamesAtLeastOneViolation() {
    assertThatThrownBy(() -> RefusedException.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RefusedException.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RefusedException.of(java.util.Arrays.asList(FIRST, null))).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theViolationsCannotBeChangedThroughTheException() {
    java.util.ArrayList<Violation> list = new java.util.ArrayList<>(List.of(FIRST));
    RefusedException e = RefusedException.of(list);
    list.add(SECOND);
    assertThat(e.violations()).containsExactly(FIRST);
    assertThatThrownBy(() -> e.violations().add(SECOND)).isInstanceOf(UnsupportedOperationException.class);
  }
}
