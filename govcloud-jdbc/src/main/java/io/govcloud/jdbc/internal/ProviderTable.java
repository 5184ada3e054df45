package io.govcloud.jdbc.internal;

import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.spi.ProviderRepository;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The providers: {@code gc_provider}, a suspension in three nullable columns. Not API. */
final class ProviderTable extends AggregateTable<ProviderId, Provider> implements ProviderRepository {

  private static final List<String> COLUMNS = List.of("name", "suspended_since", "suspension_reason", "suspension_cause");

  ProviderTable(JdbcUnitOfWork unit) {
    super(unit, "provider", "providers", "gc_provider", false);
  }

  @Override
  String key(ProviderId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, Provider provider) throws SQLException {
    p.text(provider.name())
        .instant(provider.suspension().map(Provider.Suspension::since))
        .text(provider.suspension().map(Provider.Suspension::reason))
        .text(provider.suspension().map(s -> s.cause().name()));
  }

  @Override
  List<Provider> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    return unit.transaction().query(selectParents(predicate, order), binder, row -> {
      Optional<Instant> since = row.optionalInstant("suspended_since");
      Optional<Provider.Suspension> suspension = since.isEmpty()
          ? Optional.empty()
          : Optional.of(new Provider.Suspension(since.get(), row.text("suspension_reason"),
              Provider.Suspension.Cause.valueOf(row.text("suspension_cause"))));
      return new Provider(ProviderId.of(row.text("id")), row.text("name"), suspension, row.number("version"));
    });
  }
}
