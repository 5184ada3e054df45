package io.govcloud.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A notice for a party, sent through the host's {@code Notifier} after the change that caused it commits,
 * and never when it rolls back (docs/rules.md#r9): reminders, supervision notices, deadlines approaching, due
 * or missed, trial notices, work orders, acceptance results.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, unique, not null
 * @param type the stable type code, a constant of {@code io.govcloud.core.NotificationTypes} such as
 *     {@code DEADLINE_MISSED}, not blank
 * @param recipient who it is for, not null
 * @param subjectType the kind of subject, e.g. {@code resource}, not blank
 * @param subjectId the subject's id, not blank
 * @param article the article behind it, not null
 * @param chinese the text in Chinese, not blank
 * @param english the text in English, not blank
 * @param data the values the text refers to, by name, in insertion order, not null
 * @param createdAt when it was raised, not null
 */
public record Notification(
    NotificationId id,
    String type,
    Party recipient,
    String subjectType,
    String subjectId,
    Article article,
    String chinese,
    String english,
    Map<String, String> data,
    Instant createdAt) {

  /**
   * Checks and copies the fields.
   *
   * @param id the identifier, unique, not null
   * @param type the stable type code, a constant of {@code io.govcloud.core.NotificationTypes} such as
   *     {@code DEADLINE_MISSED}, not blank
   * @param recipient who it is for, not null
   * @param subjectType the kind of subject, e.g. {@code resource}, not blank
   * @param subjectId the subject's id, not blank
   * @param article the article behind it, not null
   * @param chinese the text in Chinese, not blank
   * @param english the text in English, not blank
   * @param data the values the text refers to, by name, in insertion order, not null
   * @param createdAt when it was raised, not null
   * @throws IllegalArgumentException if a text or datum holds NUL or a lone surrogate, or the instant is
   *     outside the limits (docs/rules.md#limits)
   */
  public Notification {
    Objects.requireNonNull(id, "id");
    Ids.check(type, "type");
    Objects.requireNonNull(recipient, "recipient");
    Ids.check(subjectType, "subjectType");
    Ids.check(subjectId, "subjectId");
    Objects.requireNonNull(article, "article");
    Texts.requireText(chinese, "notification text");
    Texts.requireText(english, "notification text");
    Limits.requireInstant(createdAt, "createdAt");
    Map<String, String> copy = new LinkedHashMap<>();
    data.forEach((k, v) -> copy.put(Texts.requireKept(k, "data name"), Texts.requireKept(v, "data " + k)));
    data = Collections.unmodifiableMap(copy);
  }
}
