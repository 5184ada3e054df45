package io.govcloud.jdbc.internal;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.Actor;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.GateFailure;
import io.govcloud.model.Party;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.spi.AnnualResultRepository;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The annual results: {@code gc_annual_result}, the evaluations combined in {@code
 * gc_annual_result_share} and the security gates failed in {@code gc_annual_result_gate}, numbered by
 * position. Not API.
 */
final class AnnualResultTable extends AggregateTable<AnnualResultId, AnnualResult> implements AnnualResultRepository {

  private static final List<String> COLUMNS = List.of(
      "provider", "result_year", "decided_on", "evaluations_score", "evaluations_score_scale", "operations_score", "operations_score_scale",
      "operations_weight", "operations_weight_scale", "score", "score_scale", "acceptance_result", "policy", "decided_at");

  AnnualResultTable(JdbcUnitOfWork unit) {
    super(unit, "annual result", "annual results", "gc_annual_result", true);
  }

  @Override
  public List<AnnualResult> ofProvider(ProviderId provider) {
    String key = Objects.requireNonNull(provider, "provider").value();
    return list("list annual results of provider " + key, "provider = ?", "result_year, id",
        Comparator.comparing(AnnualResult::year).thenComparing(AnnualResult::id), p -> p.text(key));
  }

  @Override
  public List<AnnualResult> ofYear(Year year) {
    Objects.requireNonNull(year, "year");
    return list("list annual results of " + year, "result_year = ?", "id", p -> p.integer(year.getValue()));
  }

  @Override
  String key(AnnualResultId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, AnnualResult r) throws SQLException {
    String of = "annual result " + r.id() + " ";
    p.text(r.provider().value())
        .integer(r.year().getValue())
        .date(r.decidedOn())
        .decimal(r.evaluationsScore(), of + "evaluations score")
        .decimal(r.operationsScore(), of + "operations score")
        .decimal(r.operationsWeight(), of + "operations weight")
        .decimal(r.score(), of + "score")
        .name(r.result())
        .text(r.policy())
        .instant(r.decidedAt());
  }

  @Override
  void insertChildren(AnnualResult r) throws SQLException {
    String id = r.id().value();
    Transaction tx = unit.transaction();
    List<AnnualResult.Share> shares = r.shares();
    tx.batch("INSERT INTO gc_annual_result_share (result_id, ordinal, evaluation_id, evaluator_role, evaluator_subject, platform, fees, "
            + "score, score_scale, acceptance_result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        positions(shares.size()), (p, i) -> {
          AnnualResult.Share share = shares.get(i);
          p.text(id).integer(i).text(share.evaluation().value()).name(share.evaluator().role()).text(share.evaluator().subject())
              .text(share.platform().value()).money(share.fees()).decimal(share.score(), "annual result " + id + " share score")
              .name(share.result());
        });
    List<GateFailure> gates = r.gateFailures();
    tx.batch("INSERT INTO gc_annual_result_gate (result_id, ordinal, platform, kind, lapsed_on) VALUES (?, ?, ?, ?, ?)",
        positions(gates.size()),
        (p, i) -> p.text(id).integer(i).text(gates.get(i).platform().value()).name(gates.get(i).kind()).date(gates.get(i).lapsedOn()));
  }

  @Override
  void deleteChildren(String key) throws SQLException {
    unit.transaction().update("DELETE FROM gc_annual_result_share WHERE result_id = ?", p -> p.text(key));
    unit.transaction().update("DELETE FROM gc_annual_result_gate WHERE result_id = ?", p -> p.text(key));
  }

  /** An annual result's columns, before its children are read. */
  private record Parent(
      AnnualResultId id, ProviderId provider, Year year, LocalDate decidedOn, BigDecimal evaluationsScore, BigDecimal operationsScore,
      BigDecimal operationsWeight, BigDecimal score, AcceptanceResult result, String policy, Instant decidedAt, long version) {}

  @Override
  List<AnnualResult> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    Map<String, Parent> parents = new LinkedHashMap<>();
    unit.transaction().forEach(selectParents(predicate, order), binder, row -> parents.put(row.text("id"), new Parent(
        AnnualResultId.of(row.text("id")),
        ProviderId.of(row.text("provider")),
        Year.of(row.integer("result_year")),
        row.date("decided_on"),
        row.decimal("evaluations_score"),
        row.decimal("operations_score"),
        row.decimal("operations_weight"),
        row.decimal("score"),
        row.constant("acceptance_result", AcceptanceResult.class),
        row.text("policy"),
        row.instant("decided_at"),
        row.number("version"))));
    if (parents.isEmpty()) {
      return List.of();
    }
    Map<String, List<AnnualResult.Share>> shares = children(
        selectChildren("gc_annual_result_share", "result_id", predicate, "ordinal"), binder, "result_id",
        row -> new AnnualResult.Share(
            EvaluationId.of(row.text("evaluation_id")),
            new Party(row.constant("evaluator_role", Actor.Role.class), row.text("evaluator_subject")),
            PlatformId.of(row.text("platform")),
            row.money("fees"),
            row.decimal("score"),
            row.constant("acceptance_result", AcceptanceResult.class)));
    Map<String, List<GateFailure>> gates = children(
        selectChildren("gc_annual_result_gate", "result_id", predicate, "ordinal"), binder, "result_id",
        row -> new GateFailure(PlatformId.of(row.text("platform")), row.constant("kind", AttestationKind.class), row.optionalDate("lapsed_on")));
    List<AnnualResult> results = new ArrayList<>();
    for (Map.Entry<String, Parent> entry : parents.entrySet()) {
      Parent r = entry.getValue();
      results.add(new AnnualResult(r.id(), r.provider(), r.year(), r.decidedOn(), shares.getOrDefault(entry.getKey(), List.of()),
          r.evaluationsScore(), r.operationsScore(), r.operationsWeight(), r.score(), r.result(), gates.getOrDefault(entry.getKey(), List.of()),
          r.policy(), r.decidedAt(), r.version()));
    }
    return results;
  }

  private static List<Integer> positions(int size) {
    return IntStream.range(0, size).boxed().toList();
  }
}
