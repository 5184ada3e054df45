package io.govcloud.core.internal;

import io.govcloud.core.NotificationTypes;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.model.Notification;
import io.govcloud.model.NotificationId;
import io.govcloud.model.TrackedDeadline;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The notices of tracked deadlines (rule R1, docs/rules.md#r1): a stage reached (approaching, due,
 * missed) and a deadline moved when a holiday notice was loaded, each to the party responsible, in
 * wholly Chinese and wholly English texts with the values they refer to; a deadline counted over a year
 * without a notice says that it is provisional.
 *
 * <p>This class is stateless and thread-safe.
 */
final class DeadlineNotices {

  private DeadlineNotices() {}

  /**
   * The notice of a stage of a tracked deadline, to the party responsible (rule R1).
   *
   * @param id the notification's id, not null
   * @param d the deadline, not null
   * @param stage the stage reached, not null
   * @param now the sweep's instant, not null
   * @return the notification, not null
   */
  static Notification deadline(NotificationId id, TrackedDeadline d, TrackedDeadline.Stage stage, Instant now) {
    Map<String, String> data = deadlineData(d);
    String what = chineseWhat(d);
    String chinese = switch (stage) {
      case APPROACHING -> what + "即将到期，最后一日为" + d.lastDay();
      case DUE -> what + "今日到期（" + d.lastDay() + "）";
      case MISSED -> what + "已于" + d.lastDay() + "到期，未按期完成";
    };
    String of = englishWhat(d);
    String english = switch (stage) {
      case APPROACHING -> "the deadline of " + of + " is approaching: last day " + d.lastDay();
      case DUE -> "the deadline of " + of + " is due today (" + d.lastDay() + ")";
      case MISSED -> "the deadline of " + of + " was missed: it expired at " + d.expiresAt();
    };
    return new Notification(id, NotificationTypes.deadline(stage), d.responsible(), d.subjectType(), d.subjectId(), d.article(),
        chinese + chineseProvisional(d), english + englishProvisional(d), data, now);
  }

  /**
   * The notice that a deadline moved when a holiday notice was loaded, to the party responsible (rule R1).
   *
   * @param tx the unit that moved it, its subject the deadline's subject, not null
   * @param before the deadline as it was, not null
   * @param after the deadline as moved, not null
   */
  static void deadlineMoved(Tx tx, TrackedDeadline before, TrackedDeadline after) {
    Map<String, String> data = deadlineData(after);
    data.put("previousLastDay", before.lastDay().toString());
    data.put("previousExpiresAt", before.expiresAt().toString());
    tx.notify(NotificationTypes.DEADLINE_MOVED, after.responsible(), after.article(),
        "按新载入的国务院放假安排重新计算，" + chineseWhat(after) + "的最后一日由" + before.lastDay() + "调整为" + after.lastDay()
            + chineseProvisional(after),
        "counted again with the holiday notice just loaded, the deadline of " + englishWhat(after) + " moved from last day "
            + before.lastDay() + " to " + after.lastDay() + englishProvisional(after),
        data);
  }

  private static Map<String, String> deadlineData(TrackedDeadline d) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("deadline", d.kind());
    data.put(d.subjectType(), d.subjectId());
    data.put("lastDay", d.lastDay().toString());
    data.put("expiresAt", d.expiresAt().toString());
    data.put("provisional", Boolean.toString(d.provisional()));
    return data;
  }

  private static String chineseWhat(TrackedDeadline d) {
    return Chinese.subject(d.subjectType()) + d.subjectId() + "的" + chineseName(d.kind()) + "期限（" + d.article().toChinese() + "）";
  }

  private static String englishWhat(TrackedDeadline d) {
    return englishName(d.kind()) + " (" + d.article() + ") for " + d.subjectType() + " " + d.subjectId();
  }

  private static String chineseProvisional(TrackedDeadline d) {
    return d.provisional() ? "；该期限所跨年度尚无国务院放假安排通知，暂按法定节假日推算，通知载入后可能调整" : "";
  }

  private static String englishProvisional(TrackedDeadline d) {
    return d.provisional()
        ? "; provisional: counted from the statutory holidays over a year without the State Council's holiday notice, it may move when the notice is loaded"
        : "";
  }

  private static String chineseName(String kind) {
    return statutory(kind).map(StatutoryDeadline::chineseName).orElse(Notices.PERIODIC_CHANGE.equals(kind) ? "按周期调整配置" : kind);
  }

  private static String englishName(String kind) {
    return statutory(kind).map(StatutoryDeadline::englishName).orElse(Notices.PERIODIC_CHANGE.equals(kind) ? "periodic reconfiguration" : kind);
  }

  private static Optional<StatutoryDeadline> statutory(String kind) {
    return DeadlineTracker.statutory(kind);
  }
}
