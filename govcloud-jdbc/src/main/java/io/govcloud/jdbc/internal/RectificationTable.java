package io.govcloud.jdbc.internal;

import io.govcloud.model.Actor;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.Party;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Rectification;
import io.govcloud.model.RectificationId;
import io.govcloud.spi.RectificationRepository;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The rectifications: {@code gc_rectification}, the ordering authority in two columns. Not API. */
final class RectificationTable extends AggregateTable<RectificationId, Rectification> implements RectificationRepository {

  private static final List<String> COLUMNS = List.of(
      "provider", "platform", "evaluation", "problem", "ordered_by_role", "ordered_by_subject", "ordered_at", "due_on", "expires_at",
      "status", "lapsed_at", "closed_at", "review");

  RectificationTable(JdbcUnitOfWork unit) {
    super(unit, "rectification", "rectifications", "gc_rectification", false);
  }

  @Override
  public List<Rectification> ofProvider(ProviderId provider) {
    String key = Objects.requireNonNull(provider, "provider").value();
    return list("list rectifications of provider " + key, "provider = ?", "ordered_at, id",
        Comparator.comparing(Rectification::orderedAt).thenComparing(Rectification::id), p -> p.text(key));
  }

  @Override
  public List<Rectification> openExpiringBy(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return list("list open rectifications expiring by " + instant, "status = ? AND expires_at <= ?", "expires_at, id",
        Comparator.comparing(Rectification::expiresAt).thenComparing(Rectification::id),
        p -> p.name(Rectification.Status.OPEN).instant(instant));
  }

  @Override
  String key(RectificationId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, Rectification r) throws SQLException {
    p.text(r.provider().value())
        .text(r.platform().value())
        .text(r.evaluation().map(EvaluationId::value))
        .text(r.problem())
        .name(r.orderedBy().role())
        .text(r.orderedBy().subject())
        .instant(r.orderedAt())
        .date(r.dueOn())
        .instant(r.expiresAt())
        .name(r.status())
        .instant(r.lapsedAt())
        .instant(r.closedAt())
        .text(r.review());
  }

  @Override
  List<Rectification> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    return unit.transaction().query(selectParents(predicate, order), binder, row -> new Rectification(
        RectificationId.of(row.text("id")),
        ProviderId.of(row.text("provider")),
        PlatformId.of(row.text("platform")),
        row.optionalText("evaluation").map(EvaluationId::of),
        row.text("problem"),
        new Party(row.constant("ordered_by_role", Actor.Role.class), row.text("ordered_by_subject")),
        row.instant("ordered_at"),
        row.date("due_on"),
        row.instant("expires_at"),
        row.constant("status", Rectification.Status.class),
        row.optionalInstant("lapsed_at"),
        row.optionalInstant("closed_at"),
        row.optionalText("review"),
        row.number("version")));
  }
}
