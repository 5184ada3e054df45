package io.govcloud.core.internal;

import io.govcloud.model.Money;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the values of the audit trail as JSON text (RFC 8259), so that a machine can read every field
 * change back (rule R9, Art. 44). The format, also documented on {@link io.govcloud.model.FieldChange}:
 *
 * <ul>
 *   <li>a text is a JSON string; a constant of an enum is the string of its name ({@code "ACTIVE"});
 *   <li>a record with a single text component (every identifier of the model, a jurisdiction) is the
 *       string of that text ({@code "res-1"});
 *   <li>{@code true} and {@code false}; an {@code int} or {@code long} is a JSON number;
 *   <li>a decimal ({@code BigDecimal}) is the string of its plain text, scale kept ({@code "2.50"}), and
 *       an amount of {@code Money} the string of its yuan with two decimals ({@code "1234.50"}): no
 *       reader has to trust a floating-point parser;
 *   <li>a date, time, instant, month, year, zone or duration of {@code java.time} is the string of its
 *       ISO-8601 text ({@code "2025-03-10T01:30:00Z"}, {@code "2025-03"});
 *   <li>an empty {@code Optional} is {@code null}, a present one its value;
 *   <li>a list is an array in its order; a set an array sorted by the elements' JSON text; a map an
 *       object sorted by key;
 *   <li>any other record is an object of its components in declaration order; a value type of the
 *       model (an abstract class whose implementation Immutables generates) an object of its attributes
 *       sorted by name.
 * </ul>
 *
 * <p>Strings escape {@code "}, {@code \} and the control characters; other characters, Chinese
 * included, are written as they are. Any other type is a programming error ({@link
 * IllegalArgumentException}): the audit trail never holds a Java {@code toString()}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AuditJson {

  private AuditJson() {}

  /**
   * The JSON text of a value.
   *
   * @param value the value, may be null ({@code null})
   * @return the JSON text, not null
   * @throws IllegalArgumentException if the value, or a part of it, is of a type the format does not cover
   */
  public static String of(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.toString();
  }

  /**
   * The attributes of a record or of a model value type, by name, in the order of the format.
   *
   * @param value the record or value type instance, not null
   * @return the attributes' values by name (a value may be null), not null
   * @throws IllegalArgumentException if the value is neither
   */
  public static Map<String, Object> attributes(Object value) {
    Class<?> type = value.getClass();
    Map<String, Object> attributes = new LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        attributes.put(component.getName(), invoke(component.getAccessor(), value));
      }
      return attributes;
    }
    Class<?> declared = valueType(type);
    if (declared == null) {
      throw new IllegalArgumentException("the audit trail cannot write a " + type.getName() + " as JSON");
    }
    Map<String, Object> sorted = new TreeMap<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
        continue;
      }
      Method accessor = accessor(declared, field.getName());
      if (accessor != null) {
        sorted.put(field.getName(), invoke(accessor, value));
      }
    }
    attributes.putAll(sorted);
    return attributes;
  }

  private static void write(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Optional<?> optional) {
      write(out, optional.orElse(null));
    } else if (value instanceof CharSequence text) {
      string(out, text.toString());
    } else if (value instanceof Enum<?> constant) {
      string(out, constant.name());
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      string(out, decimal.toPlainString());
    } else if (value instanceof Money money) {
      string(out, money.amount().toPlainString());
    } else if (value instanceof TemporalAccessor || value instanceof ZoneId || value instanceof Duration
        || value instanceof Period) {
      string(out, value.toString());
    } else if (value instanceof Map<?, ?> map) {
      object(out, sortedByKey(map));
    } else if (value instanceof Set<?> set) {
      List<String> elements = new ArrayList<>();
      set.forEach(element -> elements.add(of(element)));
      elements.sort(null);
      out.append('[').append(String.join(",", elements)).append(']');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object element : list) {
        out.append(first ? "" : ",");
        write(out, element);
        first = false;
      }
      out.append(']');
    } else if (singleText(value.getClass())) {
      write(out, invoke(value.getClass().getRecordComponents()[0].getAccessor(), value));
    } else {
      object(out, attributes(value));
    }
  }

  private static Map<String, Object> sortedByKey(Map<?, ?> map) {
    Map<String, Object> sorted = new TreeMap<>();
    map.forEach((key, element) -> sorted.put(name(key), element));
    return sorted;
  }

  /** A map's key as a member name: a text, an enum's name, an identifier's text, or the key's JSON. */
  private static String name(Object key) {
    if (key instanceof CharSequence text) {
      return text.toString();
    }
    if (key instanceof Enum<?> constant) {
      return constant.name();
    }
    return singleText(key.getClass()) ? (String) invoke(key.getClass().getRecordComponents()[0].getAccessor(), key) : of(key);
  }

  private static void object(StringBuilder out, Map<String, Object> members) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> member : members.entrySet()) {
      out.append(first ? "" : ",");
      string(out, member.getKey());
      out.append(':');
      write(out, member.getValue());
      first = false;
    }
    out.append('}');
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean singleText(Class<?> type) {
    return type.isRecord() && type.getRecordComponents().length == 1 && type.getRecordComponents()[0].getType() == String.class;
  }

  /** The public abstract model type an Immutables implementation extends, or null. */
  private static Class<?> valueType(Class<?> type) {
    Class<?> parent = type.getSuperclass();
    boolean generated = parent != null && Modifier.isAbstract(parent.getModifiers()) && Modifier.isPublic(parent.getModifiers())
        && type.getSimpleName().equals("Immutable" + parent.getSimpleName());
    return generated ? parent : null;
  }

  private static Method accessor(Class<?> declared, String name) {
    try {
      Method method = declared.getMethod(name);
      return Modifier.isStatic(method.getModifiers()) ? null : method;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object invoke(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor.getName() + " of " + value.getClass().getName(), e);
    }
  }
}
