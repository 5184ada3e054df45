package io.govcloud.jdbc.internal;

import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.DeadlineId;
import io.govcloud.model.Party;
import io.govcloud.model.PlatformId;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.spi.DeadlineRepository;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The deadlines being watched: {@code gc_deadline}, the notices sent in {@code gc_deadline_stage}. Not API. */
final class DeadlineTable extends AggregateTable<DeadlineId, TrackedDeadline> implements DeadlineRepository {

  private static final List<String> COLUMNS = List.of(
      "kind", "article_instrument", "article_number", "subject_type", "subject_id", "platform",
      "responsible_role", "responsible_subject", "trigger_at", "last_day", "expires_at", "last_day_starts_at",
      "status", "closed_at", "provisional");

  DeadlineTable(JdbcUnitOfWork unit) {
    super(unit, "deadline", "deadlines", "gc_deadline", true);
  }

  @Override
  public List<TrackedDeadline> openExpiringBy(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return list("list open deadlines expiring by " + instant, "status = ? AND expires_at <= ?", "expires_at, id",
        Comparator.comparing(TrackedDeadline::expiresAt).thenComparing(TrackedDeadline::id),
        p -> p.name(TrackedDeadline.Status.OPEN).instant(instant));
  }

  @Override
  public List<TrackedDeadline> openExpiringFrom(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return list("list open deadlines expiring from " + instant, "status = ? AND expires_at >= ?", "expires_at, id",
        Comparator.comparing(TrackedDeadline::expiresAt).thenComparing(TrackedDeadline::id),
        p -> p.name(TrackedDeadline.Status.OPEN).instant(instant));
  }

  @Override
  public List<TrackedDeadline> ofSubject(String subjectType, String subjectId) {
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    return list("list deadlines of " + subjectType + " " + subjectId, "subject_type = ? AND subject_id = ?", "trigger_at, id",
        Comparator.comparing(TrackedDeadline::trigger).thenComparing(TrackedDeadline::id),
        p -> p.text(subjectType).text(subjectId));
  }

  @Override
  String key(DeadlineId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, TrackedDeadline d) throws SQLException {
    p.text(d.kind())
        .name(d.article().instrument())
        .integer(d.article().number())
        .text(d.subjectType())
        .text(d.subjectId())
        .text(d.platform().value())
        .name(d.responsible().role())
        .text(d.responsible().subject())
        .instant(d.trigger())
        .date(d.lastDay())
        .instant(d.expiresAt())
        .instant(d.lastDayStartsAt())
        .name(d.status())
        .instant(d.closedAt())
        .bool(d.provisional());
  }

  @Override
  void insertChildren(TrackedDeadline d) throws SQLException {
    unit.transaction().batch("INSERT INTO gc_deadline_stage (deadline_id, stage) VALUES (?, ?)",
        List.copyOf(d.notified()), (p, stage) -> p.text(d.id().value()).name(stage));
  }

  @Override
  void deleteChildren(String key) throws SQLException {
    unit.transaction().update("DELETE FROM gc_deadline_stage WHERE deadline_id = ?", p -> p.text(key));
  }

  @Override
  List<TrackedDeadline> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    Map<String, TrackedDeadline.Builder> deadlines = new LinkedHashMap<>();
    unit.transaction().forEach(selectParents(predicate, order), binder, row -> deadlines.put(row.text("id"), TrackedDeadline.builder()
        .id(DeadlineId.of(row.text("id")))
        .kind(row.text("kind"))
        .article(new Article(row.constant("article_instrument", Article.Instrument.class), row.integer("article_number")))
        .subjectType(row.text("subject_type"))
        .subjectId(row.text("subject_id"))
        .platform(PlatformId.of(row.text("platform")))
        .responsible(new Party(row.constant("responsible_role", Actor.Role.class), row.text("responsible_subject")))
        .trigger(row.instant("trigger_at"))
        .lastDay(row.date("last_day"))
        .expiresAt(row.instant("expires_at"))
        .lastDayStartsAt(row.instant("last_day_starts_at"))
        .status(row.constant("status", TrackedDeadline.Status.class))
        .closedAt(row.optionalInstant("closed_at"))
        .provisional(row.bool("provisional"))
        .version(row.number("version"))));
    if (deadlines.isEmpty()) {
      return List.of();
    }
    Map<String, List<TrackedDeadline.Stage>> stages = children(
        selectChildren("gc_deadline_stage", "deadline_id", predicate, "stage"), binder, "deadline_id",
        row -> row.constant("stage", TrackedDeadline.Stage.class));
    return deadlines.entrySet().stream()
        .map(e -> e.getValue().addAllNotified(stages.getOrDefault(e.getKey(), List.of())).build())
        .toList();
  }
}
