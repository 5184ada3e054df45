package io.govcloud.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A refusal by a rule: a stable code a host can match on, the article that sets the rule, a message in
 * Chinese (zh-CN) and in English, and the offending values by name (docs/rules.md#r5, #r9; docs/design.md#errors:
 * expected refusals are values, not exceptions).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code, e.g. {@code PRICE_ABOVE_CAP}, not blank
 * @param article the article of the rule broken, not null
 * @param chinese the message in Chinese, not blank
 * @param english the message in English, not blank
 * @param facts the offending values by name, in insertion order, not null
 */
public record Violation(String code, Article article, String chinese, String english, Map<String, String> facts) {

  /**
   * Checks and copies the fields.
   *
   * @param code the stable code, e.g. {@code PRICE_ABOVE_CAP}, not blank
   * @param article the article of the rule broken, not null
   * @param chinese the message in Chinese, not blank
   * @param english the message in English, not blank
   * @param facts the offending values by name, in insertion order, not null
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the code or a message is blank, or a message or fact not storable
   *     (docs/rules.md#limits)
   */
  public Violation {
    requireText(code, "code");
    Objects.requireNonNull(article, "article");
    requireText(chinese, "chinese");
    requireText(english, "english");
    Objects.requireNonNull(facts, "facts");
    Map<String, String> copy = new LinkedHashMap<>();
    facts.forEach(
        (key, value) -> copy.put(Texts.requireKept(key, "fact name"), Texts.requireKept(value, "fact " + key)));
    facts = Collections.unmodifiableMap(copy);
  }

  /**
   * A violation without facts; add them with {@link #with(String, Object)}.
   *
   * @param code the stable code, e.g. {@code PRICE_ABOVE_CAP}, not blank
   * @param article the article of the rule broken, not null
   * @param chinese the message in Chinese, not blank
   * @param english the message in English, not blank
   * @return the violation, not null
   */
  public static Violation of(String code, Article article, String chinese, String english) {
    return new Violation(code, article, chinese, english, Map.of());
  }

  /**
   * This violation with one more offending value.
   *
   * @param name the value's name, not null
   * @param value the value, not null; kept as its {@code toString()}
   * @return a new violation, not null
   */
  public Violation with(String name, Object value) {
    Map<String, String> more = new LinkedHashMap<>(facts);
    more.put(Objects.requireNonNull(name, "name"), String.valueOf(Objects.requireNonNull(value, name)));
    return new Violation(code, article, chinese, english, more);
  }

  /**
   * This refusal as an exception, for hosts that prefer exceptions: {@code
   * result.getOrElseThrow(Violation::toException)}.
   *
   * @return a {@link RefusedException} carrying this violation, not null
   */
  public RefusedException toException() {
    return RefusedException.of(List.of(this));
  }

  /** The English message followed by the code, the article and the facts. */
  @Override
  public String toString() {
    return code + " (" + article + "): " + english + (facts.isEmpty() ? "" : " " + facts);
  }

  private static void requireText(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    Texts.requireKept(text, name);
  }
}
