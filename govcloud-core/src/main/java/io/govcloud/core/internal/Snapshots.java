package io.govcloud.core.internal;

import io.govcloud.model.FieldChange;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Describes an aggregate field by field, as text, and diffs two descriptions for the audit trail
 * (RULES.md R9: before and after). Works on records (their components) and on Immutables value types
 * (the public abstract accessors of the value type).
 */
public final class Snapshots {

  private Snapshots() {}

  /**
   * The fields of a value of a model type, by name, in declaration order.
   *
   * @param type the model type (a record or an abstract value type), not null
   * @param value an instance, not null
   */
  public static Map<String, Optional<String>> describe(Class<?> type, Object value) {
    Objects.requireNonNull(value, "value");
    Map<String, Optional<String>> fields = new LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        fields.put(component.getName(), text(invoke(component.getAccessor(), value)));
      }
      return fields;
    }
    Method[] methods = type.getDeclaredMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    for (Method method : methods) {
      int modifiers = method.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isAbstract(modifiers) && method.getParameterCount() == 0) {
        fields.put(method.getName(), text(invoke(method, value)));
      }
    }
    return fields;
  }

  /**
   * The changed fields from one value to the next; either may be null (created, removed).
   *
   * @param type the model type, not null
   * @param before the value before, or null
   * @param after the value after, or null
   * @param prefix a prefix for the field names (e.g. {@code deadline.}), not null
   */
  public static List<FieldChange> diff(Class<?> type, Object before, Object after, String prefix) {
    Map<String, Optional<String>> was = before == null ? Map.of() : describe(type, before);
    Map<String, Optional<String>> now = after == null ? Map.of() : describe(type, after);
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

  private static Object invoke(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor.getName() + " of " + value.getClass().getName(), e);
    }
  }

  private static Optional<String> text(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Optional<?> optional) {
      return optional.flatMap(Snapshots::text);
    }
    if (value instanceof BigDecimal decimal) {
      return Optional.of(decimal.toPlainString());
    }
    if (value instanceof Collection<?> collection) {
      if (collection.isEmpty()) {
        return Optional.empty();
      }
      List<String> items = new ArrayList<>();
      collection.forEach(item -> items.add(text(item).orElse("")));
      if (collection instanceof Set<?>) {
        items.sort(Comparator.naturalOrder());
      }
      return Optional.of(String.join(", ", items));
    }
    return Optional.of(value.toString());
  }
}
