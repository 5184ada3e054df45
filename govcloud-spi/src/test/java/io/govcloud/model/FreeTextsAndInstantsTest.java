package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Free texts and instants at the value types (docs/rules.md#limits; issue 10): a free text keeps its lines
 * and every char but NUL and a lone surrogate, up to {@link Limits#MAX_TEXT_LENGTH} chars; every instant a
 * value holds lies in the range a sweep accepts. What is within is kept as given, what is outside is
 * refused naming what is wrong.
 */
class FreeTextsAndInstantsTest {

  /** Chars a free text may hold, surrogate pairs and controls included, as code points. */
  private static Gen<String> freeTexts() {
    Gen<Integer> codePoints = Generate.pick(List.of(0x1, 0x9, 0xA, 0xD, 0x1F, 0x7F, 0x85, 0x200B, 0x202E, 0x2028, 0xFEFF, 0xFFFF,
        0x61, 0x20, 0x27, 0x22, 0x5C, 0x6E1D, 0x1F469, 0x20000, 0x10FFFF, 0xE000)).mix(integers().between(1, 0xD7FF), 50);
    return lists().of(codePoints).ofSizeBetween(0, 200).map(cps -> {
      StringBuilder text = new StringBuilder();
      cps.forEach(text::appendCodePoint);
      return text.toString();
    });
  }

  private static final List<String> REFUSED = List.of("\u0000", "\uD800", "\uDBFF", "\uDC00", "\uDFFF");

  @Test
  void anyFreeTextWithoutNulOrLoneSurrogatesWithinTheLengthIsKeptAsGiven() {
    qt().forAll(freeTexts()).checkAssert(text -> {
      assertThat(Limits.textProblem(text)).as(Texts.quote(text)).isEmpty();
      assertThat(new CloudResource.TestResult(true, Instant.EPOCH, text).notes()).isEqualTo(text);
      assertThat(new FieldChange("reason", Optional.of(text), Optional.empty()).before()).contains(text);
    });
  }

  @Test
  void anyFreeTextWithANulOrALoneSurrogateIsRefusedNamingTheCharAndWhere() {
    qt().forAll(freeTexts(), Generate.pick(REFUSED), integers().between(0, 400)).checkAssert((text, bad, at) -> {
      int i = Math.min(at, text.length());
      if (i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
        i--; // before the pair, never inside it
      }
      String refused = text.substring(0, i) + bad + text.substring(i);
      assertThat(Limits.textProblem(refused)).as(Texts.quote(refused)).get().asString()
          .contains(String.format("U+%04X", (int) bad.charAt(0))).contains("docs/rules.md#limits");
      assertThatThrownBy(() -> new CloudResource.TestResult(true, Instant.EPOCH, refused)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new FieldChange("reason", Optional.empty(), Optional.of(refused))).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Violation.of("CODE", Article.of(20), "驳回", "rejected").with("reason", refused))
          .isInstanceOf(IllegalArgumentException.class);
    });
  }

  @Test
  void theLongestFreeTextIsKeptAndOneCharMoreIsRefused() {
    String longest = "渝\n".repeat(Limits.MAX_TEXT_LENGTH / 2);
    assertThat(Limits.textProblem(longest)).isEmpty();
    assertThat(new CloudResource.TestResult(true, Instant.EPOCH, longest).notes()).hasSize(1_000_000);
    assertThat(Limits.textProblem(longest + "x")).get().asString().contains("longer than 1000000");
    assertThatThrownBy(() -> new CloudResource.TestResult(true, Instant.EPOCH, longest + "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000000");
    // what the library writes around a free text (a notification, an audit value) may be longer
    assertThat(new FieldChange("reason", Optional.empty(), Optional.of("\"" + longest + "x\"")).after()).isPresent();
  }

  @Test
  void aCorrectionsReasonAndARectificationsProblemAreFreeTexts() {
    assertThatThrownBy(() -> new CloudResource.PendingCorrection(WorkOrderId.of("wo-1"), BigDecimal.ONE, Instant.EPOCH, "有误\u0000", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0000");
    assertThat(new CloudResource.PendingCorrection(WorkOrderId.of("wo-1"), BigDecimal.ONE, Instant.EPOCH, "有误\n第二行", Instant.EPOCH).reason())
        .isEqualTo("有误\n第二行");
    assertThatThrownBy(() -> new Notification(NotificationId.of("n-1"), "TYPE", Party.authority(Jurisdiction.MUNICIPAL), "resource", "r-1",
            Article.of(20), "驳回\uD800", "rejected", Map.of(), Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lone surrogate");
  }

  @Test
  void everyInstantAValueHoldsLiesInTheSupportedRange() {
    Instant last = Limits.END_OF_INSTANTS.minusNanos(1);
    for (Instant within : List.of(Limits.EARLIEST_INSTANT, last)) {
      assertThat(Limits.instantProblem(within)).isEmpty();
      assertThat(new CloudResource.TestResult(true, within, "").at()).isEqualTo(within);
      assertThat(CloudResource.Emergency.reported(within).reportedAt()).isEqualTo(within);
    }
    for (Instant outside : List.of(Instant.MIN, Instant.EPOCH.minusNanos(1), Limits.END_OF_INSTANTS, Instant.MAX)) {
      assertThat(Limits.instantProblem(outside)).get().asString().contains("1970-01-01T00:00:00Z").contains("9000-01-01T00:00:00Z");
      assertThatThrownBy(() -> new CloudResource.TestResult(true, outside, "")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("9000-01-01T00:00:00Z");
      assertThatThrownBy(() -> CloudResource.Emergency.reported(outside)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Contract.Supplement("补充协议-1", outside, 10)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> AuditRecord.accepted(outside, Actor.authority(Jurisdiction.MUNICIPAL, "王"), "READ", "resource", "r-1", List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anyInstantOfTheRangeIsSupportedAndNoneOutside() {
    long first = Limits.EARLIEST_INSTANT.getEpochSecond();
    long end = Limits.END_OF_INSTANTS.getEpochSecond();
    qt().forAll(longs().between(first, end - 1), integers().between(0, 999_999_999)).checkAssert((seconds, nanos) -> {
      Instant within = Instant.ofEpochSecond(seconds, nanos);
      assertThat(Limits.isSupported(within)).as("%s", within).isTrue();
      assertThat(Limits.isSupported(Instant.ofEpochSecond(seconds - end, nanos))).isFalse();
      assertThat(Limits.isSupported(Instant.ofEpochSecond(seconds + end - first, nanos))).isFalse();
    });
  }
}
