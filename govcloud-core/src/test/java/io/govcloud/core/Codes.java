package io.govcloud.core;

import io.govcloud.core.acceptance.AcceptanceViolations;
import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.billing.BillingViolations;
import io.govcloud.core.catalog.CatalogViolations;
import io.govcloud.core.lifecycle.LifecycleViolations;
import io.govcloud.core.reallocation.ReallocationViolations;
import io.govcloud.core.payments.PaymentViolations;
import io.govcloud.core.registry.RegistrationViolations;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public constants of the refusal codes (every {@code *Violations} class of govcloud-core) and of
 * the notification types ({@link NotificationTypes}), read by reflection. {@code CodesAndTypesTest}
 * checks this list holds every {@code *Violations} class of the sources.
 */
public final class Codes {

  /** Every class that holds refusal codes. */
  public static final List<Class<?>> VIOLATION_CLASSES = List.of(
      AccessViolations.class, BillingViolations.class, CatalogViolations.class, LifecycleViolations.class,
      RegistrationViolations.class, ReallocationViolations.class, AcceptanceViolations.class, PaymentViolations.class,
      io.govcloud.core.lifecycle.CorrectionViolations.class, io.govcloud.core.lifecycle.InputViolations.class);

  private Codes() {}

  /** Every refusal code, by the qualified name of its constant. */
  public static Map<String, String> violationConstants() {
    Map<String, String> constants = new LinkedHashMap<>();
    VIOLATION_CLASSES.forEach(type -> constants.putAll(constants(type)));
    return constants;
  }

  /** Every refusal code. */
  public static Set<String> violationCodes() {
    return Set.copyOf(violationConstants().values());
  }

  /** Every notification type. */
  public static Set<String> notificationTypes() {
    return Set.copyOf(constants(NotificationTypes.class).values());
  }

  /** The public static final String fields of a class, by qualified name. */
  public static Map<String, String> constants(Class<?> type) {
    Map<String, String> constants = new LinkedHashMap<>();
    for (Field field : type.getDeclaredFields()) {
      int m = field.getModifiers();
      if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class) {
        try {
          constants.put(type.getSimpleName() + "." + field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return constants;
  }
}
