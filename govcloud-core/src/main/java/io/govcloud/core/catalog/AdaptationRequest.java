package io.govcloud.core.catalog;

import io.govcloud.model.Configuration;
import java.util.Objects;

/**
 * What a department asks the catalog for (Art. 27; docs/rules.md#r3): a number of instances of one
 * configuration in one category, such as 3 hosts of {@code {vcpu 6 core, memory 12 GiB}} in {@code
 * compute}, or one volume of {@code {storage 500 GB}} in {@code block-storage-ssd}.
 *
 * <p>The configuration is what <em>one</em> instance needs; only the dimensions it names are compared
 * (an item may offer others). Its quantities are positive, as {@link Configuration} guarantees.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param category the catalog category the request is for; not null, not blank
 * @param configuration what one instance needs; not null, not empty
 * @param instances the number of instances, at least 1
 */
public record AdaptationRequest(String category, Configuration configuration, long instances) {

  /**
   * Checks the request.
   *
   * @param category the catalog category the request is for; not null, not blank
   * @param configuration what one instance needs; not null, not empty
   * @param instances the number of instances, at least 1
   * @throws NullPointerException if the category or the configuration is null
   * @throws IllegalArgumentException if the category is blank, the configuration empty or the number of
   *     instances not positive
   */
  public AdaptationRequest {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(configuration, "configuration");
    if (category.isBlank()) {
      throw new IllegalArgumentException("the category of a request must not be blank");
    }
    if (configuration.isEmpty()) {
      throw new IllegalArgumentException("a request for category " + category + " must name at least one dimension");
    }
    if (instances < 1) {
      throw new IllegalArgumentException(
          "a request for category " + category + " needs a positive number of instances, not " + instances);
    }
  }

  /**
   * A request.
   *
   * @param category the catalog category; not null, not blank
   * @param configuration what one instance needs; not null, not empty
   * @param instances the number of instances, at least 1
   * @return the request, not null
   * @throws NullPointerException if the category or the configuration is null
   * @throws IllegalArgumentException as the constructor
   */
  public static AdaptationRequest of(String category, Configuration configuration, long instances) {
    return new AdaptationRequest(category, configuration, instances);
  }

  /** The request as {@code 3 × {memory 12 GiB, vcpu 6 core} in compute}. */
  @Override
  public String toString() {
    return instances + " × " + configuration + " in " + category;
  }
}
