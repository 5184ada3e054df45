package io.govcloud.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.model.AuditRecord;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.Department;
import io.govcloud.model.Notification;
import io.govcloud.model.Platform;
import io.govcloud.model.Project;
import io.govcloud.model.Provider;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.model.WorkOrder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The round-trip tests compare every attribute of every saved type: when the model gains an attribute,
 * this test fails until {@link Fields} compares it too, so the TCK never silently stops covering a field.
 */
class FieldsCoverageTest {

  private static final Set<String> SET_BY_STORE = Set.of("version", "sequence");

  private static final Map<Class<?>, Fields<?>> SAVED_TYPES =
      Map.of(
          Platform.class, Fields.PLATFORM,
          Department.class, Fields.DEPARTMENT,
          Provider.class, Fields.PROVIDER,
          Contract.class, Fields.CONTRACT,
          Project.class, Fields.PROJECT,
          CloudResource.class, Fields.RESOURCE,
          TrackedDeadline.class, Fields.DEADLINE,
          WorkOrder.class, Fields.WORK_ORDER,
          AuditRecord.class, Fields.AUDIT_RECORD,
          Notification.class, Fields.NOTIFICATION);

  @Test
  void everyAttributeOfEverySavedTypeIsCompared() throws ClassNotFoundException {
    for (Map.Entry<Class<?>, Fields<?>> entry : SAVED_TYPES.entrySet()) {
      Set<String> attributes = attributes(entry.getKey());
      attributes.removeAll(SET_BY_STORE);
      assertThat(new TreeSet<>(entry.getValue().names())).as("fields compared of %s", entry.getKey().getSimpleName()).isEqualTo(attributes);
    }
  }

  @Test
  void attributesAreFoundForImmutablesAndRecordsAlike() throws ClassNotFoundException {
    assertThat(attributes(TrackedDeadline.class)).as("attributes of TrackedDeadline").contains("status", "notified", "version", "closedAt");
    assertThat(attributes(Department.class)).as("attributes of Department").containsExactlyInAnyOrder("id", "name", "jurisdiction", "parent", "version");
  }

  /** A record's components, or the accessors an Immutables implementation overrides. */
  private static Set<String> attributes(Class<?> type) throws ClassNotFoundException {
    Set<String> names = new TreeSet<>();
    if (type.isRecord()) {
      Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
      return names;
    }
    Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && !Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 0
          && !method.isSynthetic()
          && overrides(generated, method.getName())) {
        names.add(method.getName());
      }
    }
    return names;
  }

  private static boolean overrides(Class<?> generated, String name) {
    return Arrays.stream(generated.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name) && m.getParameterCount() == 0);
  }
}
