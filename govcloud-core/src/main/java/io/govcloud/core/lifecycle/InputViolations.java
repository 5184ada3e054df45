package io.govcloud.core.lifecycle;

import io.govcloud.model.Article;
import io.govcloud.model.Limits;
import io.govcloud.model.Violation;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The refusals of a free text or an instant outside the limits of input where it enters
 * (docs/rules.md#limits): a free text (a reason, a note) holding NUL or a lone surrogate, or longer than
 * {@link Limits#MAX_TEXT_LENGTH}, which the stores would keep differently or refuse; an instant outside
 * {@link Limits#isSupported}, which not every store keeps. The entry point checks these after the access
 * check and before anything is saved, so that the refusal is audited and nothing is kept. The facts never
 * hold the text refused (it could not be kept either), only where it goes wrong.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class InputViolations {

  /**
   * A free text that not every store keeps as it is. Facts: {@code field}, {@code problem} (English),
   * {@code length}, {@code maxLength}, and for a refused char {@code character} (as {@code U+} and four
   * hex digits, e.g. {@code U+0000}) and {@code index}.
   */
  public static final String TEXT_OUT_OF_LIMITS = "TEXT_OUT_OF_LIMITS";
  /**
   * An instant outside the instants every store keeps. Facts: {@code field}, {@code instant}, {@code
   * earliest}, {@code end}.
   */
  public static final String INSTANT_OUT_OF_LIMITS = "INSTANT_OUT_OF_LIMITS";

  private InputViolations() {}

  /**
   * Checks a free text where it enters.
   *
   * @param field the name of the parameter or field, an identifier, not null
   * @param text the text, not null
   * @param article the article of the action it enters, not null
   * @return the refusal ({@link #TEXT_OUT_OF_LIMITS}), or empty if every store keeps the text as it is
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Violation> text(String field, String text, Article article) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(article, "article");
    Optional<String> problem = Limits.textProblem(text);
    if (problem.isEmpty()) {
      return Optional.empty();
    }
    Violation refused;
    if (text.length() > Limits.MAX_TEXT_LENGTH) {
      refused = Violation.of(TEXT_OUT_OF_LIMITS, article,
          "文本" + field + "超出限度：长" + text.length() + "个字符，至多" + Limits.MAX_TEXT_LENGTH + "个字符",
          "the text " + field + " " + problem.get());
    } else {
      int at = firstRefused(text);
      boolean nul = text.charAt(at) == '\0';
      String character = String.format("U+%04X", (int) text.charAt(at));
      refused = Violation.of(TEXT_OUT_OF_LIMITS, article,
          "文本" + field + "超出限度：第" + at + "个字符" + character + (nul ? "是空字符" : "是孤立的代理项") + "，各存储无法一致保存",
          "the text " + field + " " + problem.get())
          .with("character", character)
          .with("index", at);
    }
    return Optional.of(refused.with("field", field).with("problem", problem.get())
        .with("length", text.length()).with("maxLength", Limits.MAX_TEXT_LENGTH));
  }

  /**
   * Checks a free text that may be absent where it enters, as {@link #text(String, String, Article)}.
   *
   * @param field the name of the parameter or field, an identifier, not null
   * @param text the text, or empty
   * @param article the article of the action it enters, not null
   * @return the refusal, or empty
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Violation> text(String field, Optional<String> text, Article article) {
    return text.flatMap(t -> text(field, t, article));
  }

  /**
   * Checks an instant where it enters.
   *
   * @param field the name of the parameter or field, an identifier, not null
   * @param instant the instant, not null
   * @param article the article of the action it enters, not null
   * @return the refusal ({@link #INSTANT_OUT_OF_LIMITS}), or empty if it is supported
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Violation> instant(String field, Instant instant, Article article) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(article, "article");
    return Limits.instantProblem(instant).map(problem -> Violation.of(INSTANT_OUT_OF_LIMITS, article,
            "时间" + field + "（" + instant + "）超出限度：须不早于" + Limits.EARLIEST_INSTANT + "且早于" + Limits.END_OF_INSTANTS,
            "the instant " + field + " (" + instant + ") " + problem)
        .with("field", field)
        .with("instant", instant)
        .with("earliest", Limits.EARLIEST_INSTANT)
        .with("end", Limits.END_OF_INSTANTS));
  }

  /** The index of the first NUL or lone surrogate of a text that holds one. */
  private static int firstRefused(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        return i;
      }
      if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
        return i;
      }
      if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        return i;
      }
    }
    throw new IllegalArgumentException("the text holds no NUL and no lone surrogate");
  }
}
