package io.govcloud.core.internal;

import io.govcloud.model.FieldChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Describes an aggregate attribute by attribute, each value as the JSON text of {@link AuditJson}, and
 * diffs two descriptions for the audit trail (rule R9, Art. 44: before and after). Works on records and
 * on the model's Immutables value types. An attribute that is null, an empty {@code Optional} or an
 * empty collection has no value; the {@code version} attribute is never recorded.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Snapshots {

  private Snapshots() {}

  /**
   * The attributes of a model value, by name, each as its JSON text or empty if it has no value.
   *
   * @param value a record or a model value type, not null
   * @return the attributes, in the order of {@link AuditJson}, not null
   */
  public static Map<String, Optional<String>> describe(Object value) {
    Objects.requireNonNull(value, "value");
    Map<String, Optional<String>> fields = new LinkedHashMap<>();
    AuditJson.attributes(value).forEach((name, attribute) -> fields.put(name, text(attribute)));
    return fields;
  }

  /**
   * The changed attributes from one value to the next; either may be null (created, removed).
   *
   * @param before the value before, or null
   * @param after the value after, or null
   * @param prefix a prefix for the field names (e.g. {@code deadline.}), not null
   * @return the changes, in attribute order, not null
   */
  public static List<FieldChange> diff(Object before, Object after, String prefix) {
    Map<String, Optional<String>> was = before == null ? Map.of() : describe(before);
    Map<String, Optional<String>> now = after == null ? Map.of() : describe(after);
    Set<String> names = new LinkedHashSet<>(was.keySet());
    names.addAll(now.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names) {
      Optional<String> from = was.getOrDefault(name, Optional.empty());
      Optional<String> to = now.getOrDefault(name, Optional.empty());
      if (!from.equals(to) && !"version".equals(name)) {
        changes.add(new FieldChange(prefix + name, from, to));
      }
    }
    return changes;
  }

  /**
   * A value as the text of a field change: empty if it is null, an empty {@code Optional} or an empty
   * collection or map, its JSON text otherwise.
   *
   * @param value the value, may be null
   * @return the text, or empty, not null
   */
  public static Optional<String> text(Object value) {
    if (value == null
        || value instanceof Optional<?> optional && optional.isEmpty()
        || value instanceof Collection<?> collection && collection.isEmpty()
        || value instanceof Map<?, ?> map && map.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(AuditJson.of(value));
  }
}
