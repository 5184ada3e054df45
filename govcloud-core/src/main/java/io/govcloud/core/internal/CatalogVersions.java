package io.govcloud.core.internal;

import io.govcloud.core.NotificationTypes;
import io.govcloud.core.catalog.PriceCaps;
import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.Contract;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Party;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads a new service catalog version at runtime (Art. 26; docs/rules.md#r2): the version joins the
 * catalog history every command reads from then on, the load is audited ({@code LOAD_CATALOG_VERSION}
 * by the system actor {@code catalog}), and every stored contract price in force on or after its
 * effective date is checked against it. Each price above its new cap, or of an item it no longer lists,
 * is returned and notified ({@link NotificationTypes#PRICE_ABOVE_NEW_CAP}) to the authority of the
 * contract's platform's jurisdiction and to the municipal authority, in the unit of work of the audit
 * record. Such prices do not refuse the load: the authority renegotiates them by a supplementary contract.
 * Loads are serialized; thread-safe.
 */
public final class CatalogVersions {

  private static final Actor CATALOG = Actor.system("catalog");

  private final ActionRunner runner;
  private final AtomicReference<CatalogHistory> catalog;

  /** Loads over a runner into the catalog history every command reads. */
  public CatalogVersions(ActionRunner runner, AtomicReference<CatalogHistory> catalog) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** Loads a version taking effect after the last one; the prices above its caps, reported. */
  public synchronized List<Violation> load(ServiceCatalog version) {
    Objects.requireNonNull(version, "version");
    CatalogHistory before = catalog.get();
    List<ServiceCatalog> versions = new ArrayList<>(before.versions());
    ServiceCatalog last = versions.get(versions.size() - 1);
    if (!version.effectiveDate().isAfter(last.effectiveDate())) {
      throw new IllegalArgumentException("catalog version " + version.version() + " takes effect on " + version.effectiveDate()
          + ", not after the last version loaded, " + last.version() + " of " + last.effectiveDate());
    }
    versions.add(version);
    catalog.set(CatalogHistory.of(versions));
    try {
      List<Violation> found = runner.sweep(CATALOG, runner.now(), "LOAD_CATALOG_VERSION", "catalog", version.version(), tx -> {
        List<Violation> violations = new ArrayList<>();
        List<Contract> contracts = tx.uow().contracts().all().stream().sorted(Comparator.comparing(c -> c.id().value())).toList();
        for (Contract contract : contracts) {
          Jurisdiction jurisdiction = Subjects.platform(tx.uow(), contract.platform()).jurisdiction();
          for (Violation v : PriceCaps.checkFrom(contract.priceList(), version)) {
            Violation reported = v.with("provider", contract.provider().value());
            violations.add(reported);
            notifyAuthorities(tx, jurisdiction, contract, reported);
          }
        }
        tx.changed("effectiveDate", null, version.effectiveDate().toString());
        tx.changed("items", null, version.items().size());
        tx.changed("pricesAboveCaps", null, violations.size());
        return Optional.of(List.copyOf(violations));
      }).orElseThrow();
      runner.dispatch();
      return found;
    } catch (RuntimeException failed) {
      catalog.set(before);
      throw failed;
    }
  }

  private static void notifyAuthorities(Tx tx, Jurisdiction jurisdiction, Contract contract, Violation v) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("code", v.code());
    v.facts().forEach((name, value) -> data.put(name, String.valueOf(value)));
    Set<Jurisdiction> authorities = new LinkedHashSet<>(List.of(jurisdiction, Jurisdiction.MUNICIPAL));
    String zh = "新施行的服务目录下，合同" + contract.id().value() + "（服务商" + contract.provider().value() + "）的约定价格超出限价或者所列服务已不在目录中，"
        + "请督促双方以补充合同重新约定：" + v.chinese();
    String en = "under the catalog version newly loaded, contract " + contract.id().value() + " of provider "
        + contract.provider().value() + " prices an item above its cap or no longer listed; have the parties revise it by a "
        + "supplementary contract: " + v.english();
    for (Jurisdiction authority : authorities) {
      tx.notify(NotificationTypes.PRICE_ABOVE_NEW_CAP, Party.authority(authority), v.article(), zh, en, data);
    }
  }
}
