package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every identifier type shares one check, so that every store compares ids alike. */
class IdsTest {

  @Test
  void hostileButValidIdsAreKeptAsGiven() {
    assertThat(DepartmentId.of("id'; DROP TABLE x; --").value()).isEqualTo("id'; DROP TABLE x; --");
    assertThat(ResourceId.of("部门/𠀀/🎉").value()).isEqualTo("部门/𠀀/🎉");
    assertThat(ProviderId.of("in side spaces").value()).isEqualTo("in side spaces");
  }

  @Test
  void blankPaddedOrControlCharacterIdsAreRefused() {
    assertThatThrownBy(() -> DepartmentId.of(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> DepartmentId.of(" d")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("white space");
    assertThatThrownBy(() -> PlatformId.of("p ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("white space");
    assertThatThrownBy(() -> ContractId.of("c\u0000x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0000");
    assertThatThrownBy(() -> ProjectId.of("x".repeat(65))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
    assertThatThrownBy(() -> WorkOrderId.of(null)).isInstanceOf(NullPointerException.class);
  }

  /** Chars put into printable ASCII ids below: space, controls, a combining accent, CJK, bidi, surrogates. */
  private static final char[] OTHERS = {' ', '\t', '\u0000', '\u007f', '\u0301', '\u00e9', '部', '\u200e', '\ud840', '\udc00',
      '\u3000', '\u00a0'};

  @Test
  void theAsciiShortcutAcceptsExactlyWhatTheFullCheckAccepts() {
    qt().forAll(lists().of(integers().between(0, 94)).ofSizeBetween(0, 70), integers().between(-1, 69),
        integers().between(0, OTHERS.length - 1)).checkAssert((ascii, at, other) -> {
          String id = idOf(ascii, at, OTHERS[other]);
          boolean fully = accepts(() -> Ids.checkFully(id, "id"));
          assertThat(accepts(() -> Ids.check(id, "id"))).as("'%s'", id).isEqualTo(fully);
          if (Ids.isPlainAscii(id)) {
            assertThat(fully).as("'%s'", id).isTrue();
          }
        });
  }

  @Test
  void theAsciiShortcutTakesOnlyPrintableAsciiWithinTheLength() {
    assertThat(Ids.isPlainAscii("res-0000001")).isTrue();
    assertThat(Ids.isPlainAscii("in side")).isTrue();
    assertThat(Ids.isPlainAscii(" lead")).isFalse();
    assertThat(Ids.isPlainAscii("trail ")).isFalse();
    assertThat(Ids.isPlainAscii("")).isFalse();
    assertThat(Ids.isPlainAscii("x".repeat(65))).isFalse();
    assertThat(Ids.isPlainAscii("e\u0301")).isFalse();
    assertThat(Ids.isPlainAscii("del\u007f")).isFalse();
  }

  /** Printable ASCII chars (U+0020 + each index), with {@code other} at {@code at} if it is within them. */
  private static String idOf(List<Integer> ascii, int at, char other) {
    StringBuilder id = new StringBuilder();
    ascii.forEach(i -> id.append((char) (' ' + i)));
    if (at >= 0 && at < id.length()) {
      id.setCharAt(at, other);
    }
    return id.toString();
  }

  private static boolean accepts(Runnable check) {
    try {
      check.run();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
