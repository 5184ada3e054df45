package io.govcloud.jdbc.internal;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.Actor;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.Evaluation;
import io.govcloud.model.EvaluationCriterion;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.GateFailure;
import io.govcloud.model.Party;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.spi.EvaluationRepository;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The evaluations: {@code gc_evaluation}, the score of each criterion in {@code gc_evaluation_score} and
 * the security gates failed in {@code gc_evaluation_gate}, numbered by position. Not API.
 */
final class EvaluationTable extends AggregateTable<EvaluationId, Evaluation> implements EvaluationRepository {

  private static final List<String> COLUMNS = List.of(
      "eval_year", "platform", "provider", "evaluator_role", "evaluator_subject", "evaluated_on", "score", "score_scale",
      "acceptance_result", "policy", "recorded_at");

  EvaluationTable(JdbcUnitOfWork unit) {
    super(unit, "evaluation", "evaluations", "gc_evaluation", true);
  }

  @Override
  public List<Evaluation> ofProvider(ProviderId provider, Year year) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(year, "year");
    return list("list evaluations of provider " + provider + " for " + year, "provider = ? AND eval_year = ?", "id",
        p -> p.text(provider.value()).integer(year.getValue()));
  }

  @Override
  public List<Evaluation> ofYear(Year year) {
    Objects.requireNonNull(year, "year");
    return list("list evaluations of " + year, "eval_year = ?", "id", p -> p.integer(year.getValue()));
  }

  @Override
  String key(EvaluationId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, Evaluation e) throws SQLException {
    p.integer(e.year().getValue())
        .text(e.platform().value())
        .text(e.provider().value())
        .name(e.evaluator().role())
        .text(e.evaluator().subject())
        .date(e.evaluatedOn())
        .decimal(e.score(), "evaluation " + e.id() + " score")
        .name(e.result())
        .text(e.policy())
        .instant(e.recordedAt());
  }

  @Override
  void insertChildren(Evaluation e) throws SQLException {
    String id = e.id().value();
    Transaction tx = unit.transaction();
    tx.batch("INSERT INTO gc_evaluation_score (evaluation_id, criterion, score, score_scale) VALUES (?, ?, ?, ?)",
        List.copyOf(e.scores().entrySet()),
        (p, score) -> p.text(id).name(score.getKey()).decimal(score.getValue(), "evaluation " + id + " score for " + score.getKey()));
    List<GateFailure> gates = e.gateFailures();
    tx.batch("INSERT INTO gc_evaluation_gate (evaluation_id, ordinal, platform, kind, lapsed_on) VALUES (?, ?, ?, ?, ?)",
        IntStream.range(0, gates.size()).boxed().toList(),
        (p, i) -> p.text(id).integer(i).text(gates.get(i).platform().value()).name(gates.get(i).kind()).date(gates.get(i).lapsedOn()));
  }

  @Override
  void deleteChildren(String key) throws SQLException {
    unit.transaction().update("DELETE FROM gc_evaluation_score WHERE evaluation_id = ?", p -> p.text(key));
    unit.transaction().update("DELETE FROM gc_evaluation_gate WHERE evaluation_id = ?", p -> p.text(key));
  }

  /** An evaluation's columns, before its children are read. */
  private record Parent(
      EvaluationId id, Year year, PlatformId platform, ProviderId provider, Party evaluator, LocalDate evaluatedOn,
      BigDecimal score, AcceptanceResult result, String policy, Instant recordedAt, long version) {}

  @Override
  List<Evaluation> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    Map<String, Parent> parents = new LinkedHashMap<>();
    unit.transaction().forEach(selectParents(predicate, order), binder, row -> parents.put(row.text("id"), new Parent(
        EvaluationId.of(row.text("id")),
        Year.of(row.integer("eval_year")),
        PlatformId.of(row.text("platform")),
        ProviderId.of(row.text("provider")),
        new Party(row.constant("evaluator_role", Actor.Role.class), row.text("evaluator_subject")),
        row.date("evaluated_on"),
        row.decimal("score"),
        row.constant("acceptance_result", AcceptanceResult.class),
        row.text("policy"),
        row.instant("recorded_at"),
        row.number("version"))));
    if (parents.isEmpty()) {
      return List.of();
    }
    Map<String, List<Map.Entry<EvaluationCriterion, BigDecimal>>> scores = children(
        selectChildren("gc_evaluation_score", "evaluation_id", predicate, "criterion"), binder, "evaluation_id",
        row -> Map.entry(row.constant("criterion", EvaluationCriterion.class), row.decimal("score")));
    Map<String, List<GateFailure>> gates = children(
        selectChildren("gc_evaluation_gate", "evaluation_id", predicate, "ordinal"), binder, "evaluation_id",
        row -> new GateFailure(PlatformId.of(row.text("platform")), row.constant("kind", AttestationKind.class), row.optionalDate("lapsed_on")));
    List<Evaluation> evaluations = new ArrayList<>();
    for (Map.Entry<String, Parent> entry : parents.entrySet()) {
      Parent e = entry.getValue();
      Map<EvaluationCriterion, BigDecimal> scored = new LinkedHashMap<>();
      scores.getOrDefault(entry.getKey(), List.of()).forEach(s -> scored.put(s.getKey(), s.getValue()));
      evaluations.add(new Evaluation(e.id(), e.year(), e.platform(), e.provider(), e.evaluator(), e.evaluatedOn(), scored, e.score(),
          e.result(), gates.getOrDefault(entry.getKey(), List.of()), e.policy(), e.recordedAt(), e.version()));
    }
    return evaluations;
  }
}
