package io.govcloud.jdbc.internal;

import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.spi.ContractRepository;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The contracts: {@code gc_contract}, with the other parties, supplements and prices in {@code
 * gc_contract_party}, {@code gc_contract_supplement} and {@code gc_contract_price}, each row numbered by
 * its position in the list. Not API.
 */
final class ContractTable extends AggregateTable<ContractId, Contract> implements ContractRepository {

  private static final List<String> COLUMNS =
      List.of("department", "provider", "platform", "signed_at", "trial_days", "filed_at");
  private static final List<String> CHILDREN = List.of("gc_contract_party", "gc_contract_supplement", "gc_contract_price");

  ContractTable(JdbcUnitOfWork unit) {
    super(unit, "contract", "contracts", "gc_contract", true);
  }

  @Override
  public List<Contract> ofDepartment(DepartmentId department) {
    String key = Objects.requireNonNull(department, "department").value();
    return list("list contracts of department " + key, "department = ?", "id", p -> p.text(key));
  }

  @Override
  public List<Contract> ofProvider(ProviderId provider) {
    String key = Objects.requireNonNull(provider, "provider").value();
    return list("list contracts of provider " + key, "provider = ?", "id", p -> p.text(key));
  }

  @Override
  String key(ContractId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, Contract contract) throws SQLException {
    p.text(contract.department().value())
        .text(contract.provider().value())
        .text(contract.platform().value())
        .instant(contract.signedAt())
        .integer(contract.trialDays())
        .instant(contract.filedAt());
  }

  @Override
  void insertChildren(Contract contract) throws SQLException {
    String id = contract.id().value();
    Transaction tx = unit.transaction();
    List<Contract.OtherParty> parties = contract.otherParties();
    tx.batch("INSERT INTO gc_contract_party (contract_id, ordinal, name, service, cloud_service) VALUES (?, ?, ?, ?, ?)",
        positions(parties.size()), (p, i) -> p.text(id).integer(i)
            .text(parties.get(i).name()).text(parties.get(i).service()).bool(parties.get(i).cloudService()));
    List<Contract.Supplement> supplements = contract.supplements();
    tx.batch("INSERT INTO gc_contract_supplement (contract_id, ordinal, reference, signed_at, trial_extension_days) "
            + "VALUES (?, ?, ?, ?, ?)",
        positions(supplements.size()), (p, i) -> p.text(id).integer(i)
            .text(supplements.get(i).reference()).instant(supplements.get(i).signedAt())
            .integer(supplements.get(i).trialExtensionDays()));
    List<ContractPrice> prices = contract.prices();
    tx.batch("INSERT INTO gc_contract_price (contract_id, ordinal, item, unit_price, effective_from) VALUES (?, ?, ?, ?, ?)",
        positions(prices.size()), (p, i) -> p.text(id).integer(i)
            .text(prices.get(i).item()).money(prices.get(i).unitPrice()).date(prices.get(i).effectiveFrom()));
  }

  @Override
  void deleteChildren(String key) throws SQLException {
    for (String child : CHILDREN) {
      unit.transaction().update("DELETE FROM " + child + " WHERE contract_id = ?", p -> p.text(key));
    }
  }

  @Override
  List<Contract> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    Map<String, Contract.Builder> contracts = new LinkedHashMap<>();
    unit.transaction().forEach(selectParents(predicate, order), binder, row -> contracts.put(row.text("id"), Contract.builder()
        .id(ContractId.of(row.text("id")))
        .department(DepartmentId.of(row.text("department")))
        .provider(ProviderId.of(row.text("provider")))
        .platform(PlatformId.of(row.text("platform")))
        .signedAt(row.instant("signed_at"))
        .trialDays(row.integer("trial_days"))
        .filedAt(row.optionalInstant("filed_at"))
        .version(row.number("version"))));
    if (contracts.isEmpty()) {
      return List.of();
    }
    Map<String, List<Contract.OtherParty>> parties = children(
        selectChildren("gc_contract_party", "contract_id", predicate, "ordinal"), binder, "contract_id",
        row -> new Contract.OtherParty(row.text("name"), row.text("service"), row.bool("cloud_service")));
    Map<String, List<Contract.Supplement>> supplements = children(
        selectChildren("gc_contract_supplement", "contract_id", predicate, "ordinal"), binder, "contract_id",
        row -> new Contract.Supplement(row.text("reference"), row.instant("signed_at"), row.integer("trial_extension_days")));
    Map<String, List<ContractPrice>> prices = children(
        selectChildren("gc_contract_price", "contract_id", predicate, "ordinal"), binder, "contract_id",
        row -> ContractPrice.of(row.text("item"), row.money("unit_price"), row.date("effective_from")));
    return contracts.entrySet().stream()
        .map(e -> e.getValue()
            .addAllOtherParties(parties.getOrDefault(e.getKey(), List.of()))
            .addAllSupplements(supplements.getOrDefault(e.getKey(), List.of()))
            .addAllPrices(prices.getOrDefault(e.getKey(), List.of()))
            .build())
        .toList();
  }

  private static List<Integer> positions(int size) {
    return IntStream.range(0, size).boxed().toList();
  }
}
