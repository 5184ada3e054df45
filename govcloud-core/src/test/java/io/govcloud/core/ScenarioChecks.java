package io.govcloud.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.model.AuditRecord;
import io.govcloud.model.Notification;
import io.govcloud.model.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * What every scenario must leave behind, checked after each one on every store: every refusal code it
 * produced is a constant of a {@code *Violations} class, every notification type a constant of {@link
 * NotificationTypes}; every Chinese text is wholly Chinese and every English text wholly English
 * ({@link Languages}); every audited field change is JSON text.
 */
public final class ScenarioChecks {

  private ScenarioChecks() {}

  /** Checks the refusals audited and the notifications delivered in a world. */
  public static void check(World world) {
    world.gov.dispatchNotifications();
    List<AuditRecord> trail = world.store.transact(uow -> uow.audit().after(0, Integer.MAX_VALUE));
    List<String> problems = new ArrayList<>();
    for (AuditRecord record : trail) {
      record.changes().forEach(change -> {
        change.before().filter(text -> !Json.isValid(text)).ifPresent(text -> problems.add(record.action() + " " + change.field() + " before: " + text));
        change.after().filter(text -> !Json.isValid(text)).ifPresent(text -> problems.add(record.action() + " " + change.field() + " after: " + text));
      });
      if (record.refusal().isEmpty()) {
        continue;
      }
      Violation v = record.refusal().get();
      if (!Codes.violationCodes().contains(v.code())) {
        problems.add("code without a constant: " + v.code());
      }
      List<String> quoted = new ArrayList<>(v.facts().values());
      quoted.add(record.actor().person());
      Languages.latinWordsIn(v.chinese(), quoted).forEach(w -> problems.add(v.code() + " Chinese has '" + w + "': " + v.chinese()));
      Languages.chineseIn(v.english(), quoted).forEach(c -> problems.add(v.code() + " English has '" + c + "': " + v.english()));
    }
    for (Notification n : world.notifier.delivered()) {
      if (!Codes.notificationTypes().contains(n.type())) {
        problems.add("notification type without a constant: " + n.type());
      }
      List<String> quoted = new ArrayList<>(n.data().values());
      Languages.latinWordsIn(n.chinese(), quoted).forEach(w -> problems.add(n.type() + " Chinese has '" + w + "': " + n.chinese()));
      Languages.chineseIn(n.english(), quoted).forEach(c -> problems.add(n.type() + " English has '" + c + "': " + n.english()));
    }
    assertThat(problems).as("codes, types, languages and audit values of the scenario").isEmpty();
  }
}
