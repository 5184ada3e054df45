package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.core.catalog.CatalogViolations;
import io.govcloud.core.registry.RegistrationViolations;
import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Configuration;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.Dimension;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Notification;
import io.govcloud.model.Party;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import io.govcloud.spi.Store;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Price caps after registration (docs/rules.md#r2; Art. 20, 26, 27) through the entry point and a store:
 * a supplementary contract agreeing prices is checked against the caps of the catalog versions in force
 * and refused with every price that breaks them, nothing saved; accepted, the months issued after it bill
 * the new price from its date; a catalog version loaded at runtime reports the running prices above its
 * caps to the authorities, and later registrations check against it. Abstract: each store module runs
 * them, unchanged, on its own store.
 */
public abstract class PriceCapScenarios {

  private static final BillingAccount ACCOUNT_D = BillingAccount.of(D, PD, P1);
  private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

  protected World world;
  protected GovCloud gov;

  /** For subclasses, one per store. */
  protected PriceCapScenarios() {}

  /** A new, empty store for one test. */
  protected abstract Store newStore();

  @BeforeEach
  void setUpWorld() {
    world = new World(newStore());
    gov = world.gov;
  }

  /** Every refusal code and notification type has its constant, every text its one language, every audit value is JSON. */
  @AfterEach
  void codesTextsAndAuditValuesAreInOrder() {
    ScenarioChecks.check(world);
  }

  @Test
  void aPriceOnlySupplementBillsTheOldPriceBeforeItsDateAndTheNewOneAfter() {
    AcceptanceExamples.open(world, DEPT_D, "ecs.c2m4", 1, "2025-03-03T08:00");
    world.clock.set(at("2025-03-20T10:00"));
    Contract.Supplement supplement = new Contract.Supplement("补充协议-调价", world.clock.instant(), 0);
    Contract saved = ok(gov.as(DEPT_D).registry().addSupplement(CD, supplement,
        List.of(ContractPrice.of("ecs.c2m4", Money.of("200.00"), LocalDate.of(2025, 4, 1)))));
    assertThat(saved.supplements()).containsExactly(supplement);
    assertThat(saved.priceList().pricesOf("ecs.c2m4").values()).extracting(ContractPrice::unitPrice)
        .containsExactly(Money.of("250.00"), Money.of("200.00"));
    assertThat(stored(CD)).contains(saved);
    assertThat(trail("contract", CD.value())).filteredOn(r -> r.action().equals("ADD_SUPPLEMENT"))
        .singleElement().satisfies(r -> assertThat(r.isAccepted()).isTrue());

    AcceptanceExamples.issue(world, YearMonth.of(2025, 3), YearMonth.of(2025, 5));
    assertThat(totalOfD(YearMonth.of(2025, 3))).isEqualTo(Money.of("233.87")); // 250 - round(250 x 2/31): the old price
    assertThat(totalOfD(YearMonth.of(2025, 4))).isEqualTo(Money.of("200.00")); // the new price from 04-01
    assertThat(totalOfD(YearMonth.of(2025, 5))).isEqualTo(Money.of("200.00"));
  }

  @Test
  void aSupplementPriceReachingBackIntoAnIssuedMonthIsAdjustedInTheNextMonthIssued() {
    AcceptanceExamples.open(world, DEPT_D, "ecs.c2m4", 1, "2025-03-03T08:00");
    AcceptanceExamples.issue(world, YearMonth.of(2025, 3), YearMonth.of(2025, 3));
    assertThat(totalOfD(YearMonth.of(2025, 3))).isEqualTo(Money.of("233.87"));
    world.clock.set(at("2025-04-10T10:00"));
    ok(gov.as(DEPT_D).registry().addSupplement(CD, new Contract.Supplement("补充协议-追溯调价", world.clock.instant(), 0),
        List.of(ContractPrice.of("ecs.c2m4", Money.of("200.00"), LocalDate.of(2025, 3, 17)))));
    assertThat(totalOfD(YearMonth.of(2025, 3))).isEqualTo(Money.of("233.87")); // an issued bill never changes

    AcceptanceExamples.issue(world, YearMonth.of(2025, 4), YearMonth.of(2025, 4));
    MonthlyBill april = gov.as(CITY).billing().bills(YearMonth.of(2025, 4)).stream()
        .filter(b -> b.account().equals(ACCOUNT_D)).findFirst().orElseThrow();
    assertThat(april.lines()).extracting(l -> l.unitPrice()).containsOnly(Money.of("200.00"));
    assertThat(april.adjustments()).singleElement().satisfies(adjustment -> {
      assertThat(adjustment.correctedMonth()).isEqualTo(YearMonth.of(2025, 3));
      assertThat(adjustment.issued()).isEqualTo(Money.of("233.87"));
      assertThat(adjustment.recomputedLines()).extracting(l -> l.unitPrice() + " from " + l.firstDay())
          .containsExactly("CNY 250.00 from 2025-03-03", "CNY 200.00 from 2025-03-17");
      assertThat(adjustment.amount().isNegative()).isTrue();
    });
  }

  @Test
  void aSupplementBreakingTheCapsIsRefusedWithEveryViolationEachAuditedAndNothingSaved() {
    Contract before = stored(CD).orElseThrow();
    Contract.Supplement supplement = new Contract.Supplement("补充协议-1", world.clock.instant(), 10);
    List<Violation> refused = gov.as(DEPT_D).registry().addSupplement(CD, supplement, List.of(
        ContractPrice.of("ecs.c4m8", Money.of("600.01"), LocalDate.of(2025, 6, 1)), // the cap is 600.00
        ContractPrice.of("evs.ssd", Money.of("0.90"), LocalDate.of(2025, 6, 1)), // within its cap
        ContractPrice.of("gpu.t4", Money.of("100.00"), LocalDate.of(2025, 6, 1)), // not in the catalog
        ContractPrice.of("ecs.c2m4", Money.of("300.01"), JULY))).getLeft(); // the cap is 300.00
    assertThat(refused).extracting(Violation::code).containsExactly(
        CatalogViolations.PRICE_ABOVE_CAP, CatalogViolations.PRICE_ABOVE_CAP, CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG);
    assertThat(refused).extracting(Violation::article).containsExactly(Article.of(26), Article.of(26), Article.of(27));
    assertThat(refused.get(0).facts()).containsEntry("item", "ecs.c2m4").containsEntry("price", "300.01")
        .containsEntry("cap", "300.00").containsEntry("catalogVersion", "2024-v1").containsEntry("supplement", "补充协议-1");
    assertThat(refused.get(1).facts()).containsEntry("item", "ecs.c4m8").containsEntry("price", "600.01").containsEntry("cap", "600.00");
    assertThat(refused.get(2).facts()).containsEntry("item", "gpu.t4").containsEntry("catalogVersion", "2024-v1");
    assertThat(trail("contract", CD.value())).filteredOn(r -> r.action().equals("ADD_SUPPLEMENT"))
        .flatExtracting(r -> r.refusal().stream().toList()).containsExactlyElementsOf(refused);
    assertThat(stored(CD)).contains(before); // neither the extension nor any price

    Violation nothing = gov.as(DEPT_D).registry().addSupplement(CD, new Contract.Supplement("补充协议-空", world.clock.instant(), 0))
        .getLeft();
    assertThat(nothing.code()).isEqualTo(RegistrationViolations.INVALID_REGISTRATION);
    assertThat(nothing.article()).isEqualTo(Article.of(20));
    Violation twice = gov.as(DEPT_D).registry().addSupplement(CD, supplement,
        List.of(ContractPrice.of("ecs.c2m4", Money.of("240.00"), LocalDate.of(2025, 1, 1)))).getLeft().get(0);
    assertThat(twice.code()).isEqualTo(RegistrationViolations.INVALID_REGISTRATION);
    assertThat(twice.article()).isEqualTo(Article.of(26));
    assertThat(twice.facts()).containsEntry("item", "ecs.c2m4").containsEntry("priceFrom", "2025-01-01");
    assertThat(stored(CD)).contains(before);
    ok(gov.as(DEPT_D).registry().addSupplement(CD, supplement,
        List.of(ContractPrice.of("ecs.c2m4", Money.of("300.00"), JULY)))); // at the cap
  }

  @Test
  void aNewCatalogVersionReportsRunningPricesAboveItsCapsAndLaterRegistrationsCheckAgainstIt() {
    List<Violation> reported = gov.loadCatalogVersion(version2025()); // ecs.c2m4 capped at 240.00, evs.ssd dropped
    assertThat(reported).extracting(v -> v.facts().get("contract"))
        .containsExactly(CD.value(), CD.value(), CE.value(), CE.value(), CX.value(), CX.value());
    assertThat(reported).extracting(Violation::code).containsExactly(
        CatalogViolations.PRICE_ABOVE_CAP, CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG,
        CatalogViolations.PRICE_ABOVE_CAP, CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG,
        CatalogViolations.PRICE_ABOVE_CAP, CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG);
    assertThat(reported.get(4).facts()).containsEntry("provider", P1.value()).containsEntry("item", "ecs.c2m4")
        .containsEntry("price", "250.00").containsEntry("cap", "240.00").containsEntry("catalogVersion", "2025-v2");
    assertThat(reported.get(4).article()).isEqualTo(Article.of(26));
    assertThat(gov.catalog().versions()).extracting(ServiceCatalog::version).containsExactly("2024-v1", "2025-v2");

    // each to the authority of the contract's platform and to the municipal authority, once
    List<Notification> notices = world.notifier.delivered().stream()
        .filter(n -> n.type().equals(NotificationTypes.PRICE_ABOVE_NEW_CAP)).toList();
    assertThat(notices).hasSize(8);
    assertThat(notices).filteredOn(n -> n.recipient().equals(Party.authority(DISTRICT)))
        .extracting(n -> n.data().get("contract")).containsExactly(CX.value(), CX.value());
    assertThat(notices).filteredOn(n -> n.recipient().equals(Party.authority(Jurisdiction.MUNICIPAL))).hasSize(6);
    assertThat(trail("catalog", "2025-v2")).singleElement().satisfies(r -> {
      assertThat(r.action()).isEqualTo("LOAD_CATALOG_VERSION");
      assertThat(r.isAccepted()).isTrue();
      assertThat(r.actor().role()).isEqualTo(Actor.Role.SYSTEM);
    });

    // a version not later than the last is refused, and nothing changes
    assertThatThrownBy(() -> gov.loadCatalogVersion(ServiceCatalog.of("2025-v0", LocalDate.of(2025, 7, 1), List.of(item("ecs.c2m4", "1.00")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not after");
    assertThat(gov.catalog().versions()).hasSize(2);

    // a contract registered now is checked against the new version while it is in force
    List<Violation> registering = gov.as(DEPT_D).registry().registerContract(World.contract(ContractId.of("contract-d-2"), D, P1, PD))
        .getLeft();
    assertThat(registering).extracting(v -> v.facts().get("catalogVersion")).containsOnly("2025-v2");
    assertThat(registering).extracting(v -> v.facts().get("item")).containsExactly("ecs.c2m4", "evs.ssd");

    // so is a supplement: 245.00 from July is above the new cap, 240.00 is not; 280.00 for May–June meets the old one
    Violation dear = gov.as(DEPT_D).registry().addSupplement(CD, new Contract.Supplement("补充协议-调价", world.clock.instant(), 0),
        List.of(ContractPrice.of("ecs.c2m4", Money.of("245.00"), JULY))).getLeft().get(0);
    assertThat(dear.facts()).containsEntry("cap", "240.00").containsEntry("catalogVersion", "2025-v2");
    ok(gov.as(DEPT_D).registry().addSupplement(CD, new Contract.Supplement("补充协议-调价", world.clock.instant(), 0),
        List.of(ContractPrice.of("ecs.c2m4", Money.of("240.00"), JULY), ContractPrice.of("ecs.c2m4", Money.of("280.00"), LocalDate.of(2025, 5, 1)))));

    // a later version reports only the prices still in force when it takes effect
    List<Violation> next = gov.loadCatalogVersion(ServiceCatalog.of("2026-v1", LocalDate.of(2026, 1, 1), List.of(
        item("ecs.c2m4", "245.00"), item("ecs.c4m8", "600.00"), item("evs.ssd", "1.00"))));
    assertThat(next).extracting(v -> v.facts().get("contract")).containsExactly(CE.value(), CX.value());
    assertThat(next).extracting(v -> v.facts().get("price")).containsOnly("250.00");
  }

  /** The 2025 revision, from 2025-07-01: ecs.c2m4 capped at 240.00 (contracts price it at 250.00), evs.ssd no longer listed. */
  private static ServiceCatalog version2025() {
    return ServiceCatalog.of("2025-v2", JULY, List.of(item("ecs.c2m4", "240.00"), item("ecs.c4m8", "600.00")));
  }

  private static CatalogItem item(String code, String cap) {
    return switch (code) {
      case "ecs.c2m4" -> new CatalogItem(code, "云服务器 2核4G", "compute", "台·月",
          Configuration.builder().with(Dimension.VCPU, 2).with(Dimension.MEMORY_GIB, 4).build(), CatalogItem.Scaling.BUNDLE, Money.of(cap));
      case "ecs.c4m8" -> new CatalogItem(code, "云服务器 4核8G", "compute", "台·月",
          Configuration.builder().with(Dimension.VCPU, 4).with(Dimension.MEMORY_GIB, 8).build(), CatalogItem.Scaling.BUNDLE, Money.of(cap));
      default -> new CatalogItem(code, "SSD云硬盘", "block-storage", "GB·月",
          Configuration.builder().with(Dimension.STORAGE_GB, 1).build(), CatalogItem.Scaling.PER_UNIT, Money.of(cap));
    };
  }

  private Money totalOfD(YearMonth month) {
    return gov.as(CITY).billing().bills(month).stream().filter(b -> b.account().equals(ACCOUNT_D))
        .map(MonthlyBill::total).findFirst().orElseThrow();
  }

  private Optional<Contract> stored(ContractId id) {
    return world.store.transact(uow -> uow.contracts().find(id));
  }

  private List<AuditRecord> trail(String type, String id) {
    return world.store.transact(uow -> uow.audit().ofSubject(type, id));
  }
}
