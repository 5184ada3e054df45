package io.govcloud.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A refusal by a rule, as an exception, for hosts that prefer exceptions to values: {@code
 * gov.as(dept).resources().apply(request).getOrElseThrow(Violation::toException)}, or for the refusals
 * that list every violation, {@code .getOrElseThrow(RefusedException::of)}. It carries the violations
 * unchanged: their stable codes, articles, Chinese and English messages and offending values (rules R5,
 * R9; Art. 33). The refusal itself was audited when the rule refused, not when this exception is made.
 *
 * <p>The message is the English message of each violation with its code and article, one per line.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RefusedException extends GovCloudException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  private RefusedException(List<Violation> violations) {
    super(violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
    this.violations = violations;
  }

  /**
   * The exception of one or more violations.
   *
   * @param violations the violations, in the order the rule found them, not null, not empty, without
   *     nulls
   * @return the exception, not null
   * @throws NullPointerException if {@code violations} or one of them is null
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public static RefusedException of(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    List<Violation> copy = List.copyOf(violations);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a refusal names at least one violation");
    }
    return new RefusedException(copy);
  }

  /**
   * The first violation: the only one, unless the rule refused several things at once.
   *
   * @return the violation, not null
   */
  public Violation violation() {
    return violations.get(0);
  }

  /**
   * Every violation, in the order the rule found them.
   *
   * @return the violations, not empty, unmodifiable
   */
  public List<Violation> violations() {
    return violations;
  }
}
