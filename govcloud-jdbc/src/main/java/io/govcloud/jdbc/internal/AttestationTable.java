package io.govcloud.jdbc.internal;

import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.PlatformId;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.spi.AttestationRepository;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The security attestations: {@code gc_attestation}. Not API. */
final class AttestationTable extends AggregateTable<AttestationId, SecurityAttestation> implements AttestationRepository {

  private static final List<String> COLUMNS = List.of("platform", "kind", "passed_on", "document", "recorded_at");

  AttestationTable(JdbcUnitOfWork unit) {
    super(unit, "attestation", "attestations", "gc_attestation", false);
  }

  @Override
  public List<SecurityAttestation> ofPlatform(PlatformId platform) {
    String key = Objects.requireNonNull(platform, "platform").value();
    return list("list attestations of platform " + key, "platform = ?", "passed_on, id",
        Comparator.comparing(SecurityAttestation::passedOn).thenComparing(SecurityAttestation::id), p -> p.text(key));
  }

  @Override
  String key(AttestationId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, SecurityAttestation a) throws SQLException {
    p.text(a.platform().value()).name(a.kind()).date(a.passedOn()).text(a.document()).instant(a.recordedAt());
  }

  @Override
  List<SecurityAttestation> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    return unit.transaction().query(selectParents(predicate, order), binder, row -> new SecurityAttestation(
        AttestationId.of(row.text("id")),
        PlatformId.of(row.text("platform")),
        row.constant("kind", AttestationKind.class),
        row.date("passed_on"),
        row.text("document"),
        row.instant("recorded_at"),
        row.number("version")));
  }
}
