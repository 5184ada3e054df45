package io.govcloud.core.acceptance;

import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Evaluation;
import io.govcloud.model.FeeDeduction;
import io.govcloud.model.Money;
import io.govcloud.model.Party;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceState;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supervision report of one department for one year (通报, Art. 43; rule R7), as a value a host renders:
 * its resources on the cloud, its fees with their deductions and payments, the evaluations it made, the
 * annual results of the providers that served it, and its idle ratio where reallocation data gives one.
 *
 * <p>Resources are those of the department in service when the report is drawn up: confirmed by a work
 * order and not terminated (states {@code ACTIVE}, {@code CHANGE_*}, {@code TERMINATION_REQUESTED}, {@code
 * TERMINATION_APPROVED}, {@code EMERGENCY_CONFIRMED}). The annual statements are the department's accounts
 * of the year; the evaluations those it made of the year; the annual results those of the year of the
 * providers of its statements. Totals are derived.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SupervisionReport {

  private static final Set<ResourceState> IN_SERVICE = EnumSet.of(
      ResourceState.ACTIVE, ResourceState.CHANGE_REQUESTED, ResourceState.CHANGE_APPROVED, ResourceState.TERMINATION_REQUESTED,
      ResourceState.TERMINATION_APPROVED, ResourceState.EMERGENCY_CONFIRMED);

  private final DepartmentId department;
  private final Year year;
  private final List<CloudResource> resources;
  private final List<AnnualStatement> statements;
  private final List<Evaluation> evaluations;
  private final List<AnnualResult> annualResults;
  private final Optional<BigDecimal> idleRatio;

  private SupervisionReport(
      DepartmentId department, Year year, List<CloudResource> resources, List<AnnualStatement> statements, List<Evaluation> evaluations,
      List<AnnualResult> annualResults, Optional<BigDecimal> idleRatio) {
    this.department = department;
    this.year = year;
    this.resources = resources;
    this.statements = statements;
    this.evaluations = evaluations;
    this.annualResults = annualResults;
    this.idleRatio = idleRatio;
  }

  /**
   * Draws up the report.
   *
   * @param department the department, not null
   * @param year the year, not null
   * @param resources the department's resources, in any state, not null
   * @param statements the annual statements of the department's accounts for the year, not null
   * @param evaluations evaluations of the year, of any evaluator (the department's are kept), not null
   * @param annualResults annual results of the year, of any provider (those of its providers are kept), not null
   * @return the report, without an idle ratio; not null
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if a resource is of another department, or a statement of another
   *     department or year
   */
  public static SupervisionReport of(
      DepartmentId department, Year year, Collection<CloudResource> resources, Collection<AnnualStatement> statements,
      Collection<Evaluation> evaluations, Collection<AnnualResult> annualResults) {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(year, "year");
    for (CloudResource resource : Objects.requireNonNull(resources, "resources")) {
      if (!resource.department().equals(department)) {
        throw new IllegalArgumentException("resource " + resource.id() + " of " + resource.department() + " is not of department " + department);
      }
    }
    for (AnnualStatement statement : Objects.requireNonNull(statements, "statements")) {
      if (!statement.account().department().equals(department) || !statement.year().equals(year)) {
        throw new IllegalArgumentException(
            "the statement of " + statement.account() + " for " + statement.year() + " is not of department " + department + " for " + year);
      }
    }
    Party self = Party.department(department);
    Set<ProviderId> providers = statements.stream().map(s -> s.account().provider()).collect(Collectors.toSet());
    return new SupervisionReport(
        department,
        year,
        resources.stream().filter(r -> IN_SERVICE.contains(r.state())).sorted(Comparator.comparing(CloudResource::id)).toList(),
        statements.stream().sorted(Comparator.comparing(AnnualStatement::account)).toList(),
        Objects.requireNonNull(evaluations, "evaluations").stream()
            .filter(e -> e.evaluator().equals(self) && e.year().equals(year)).sorted(Comparator.comparing(Evaluation::id)).toList(),
        Objects.requireNonNull(annualResults, "annualResults").stream()
            .filter(r -> r.year().equals(year) && providers.contains(r.provider())).sorted(Comparator.comparing(AnnualResult::id)).toList(),
        Optional.empty());
  }

  /**
   * This report with the department's idle ratio, from reallocation data (Art. 15–17, 43).
   *
   * @param idleRatio the idle share of its allocated capacity, 0 to 1, not null
   * @return a new report, not null
   * @throws IllegalArgumentException if the ratio is outside 0 to 1
   */
  public SupervisionReport withIdleRatio(BigDecimal idleRatio) {
    Objects.requireNonNull(idleRatio, "idleRatio");
    if (idleRatio.signum() < 0 || idleRatio.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("an idle ratio is between 0 and 1, not " + idleRatio.toPlainString());
    }
    return new SupervisionReport(department, year, resources, statements, evaluations, annualResults, Optional.of(idleRatio));
  }

  /** {@return the department; not null} */
  public DepartmentId department() {
    return department;
  }

  /** {@return the year; not null} */
  public Year year() {
    return year;
  }

  /** {@return its resources in service, by id; not null} */
  public List<CloudResource> resources() {
    return resources;
  }

  /** {@return the annual statements of its accounts, by account; not null} */
  public List<AnnualStatement> statements() {
    return statements;
  }

  /** {@return the evaluations it made of the year, by id; not null} */
  public List<Evaluation> evaluations() {
    return evaluations;
  }

  /** {@return the annual results of the year of the providers of its accounts, by id; not null} */
  public List<AnnualResult> annualResults() {
    return annualResults;
  }

  /** {@return its idle ratio, where reallocation data gives one; not null} */
  public Optional<BigDecimal> idleRatio() {
    return idleRatio;
  }

  /** {@return the deductions of its accounts' fees, by account; not null} */
  public List<FeeDeduction> deductions() {
    return statements.stream().flatMap(s -> s.deductions().stream()).toList();
  }

  /** {@return the year's fees of its accounts; not null} */
  public Money fees() {
    return total(AnnualStatement::fees);
  }

  /** {@return the sum of the deductions; not null} */
  public Money deductionsTotal() {
    return total(AnnualStatement::deductionsTotal);
  }

  /** {@return what is payable: fees minus deductions; not null} */
  public Money payable() {
    return total(AnnualStatement::payable);
  }

  /** {@return what was paid of the year's fees; not null} */
  public Money paid() {
    return total(AnnualStatement::paid);
  }

  /** {@return what is outstanding: payable minus paid; not null} */
  public Money outstanding() {
    return total(AnnualStatement::outstanding);
  }

  /** {@return what was not paid by the end of the year, summed over its accounts (Art. 31); not null} */
  public Money unpaidAtYearEnd() {
    return total(AnnualStatement::unpaidAtYearEnd);
  }

  private Money total(Function<AnnualStatement, Money> amount) {
    Money sum = Money.ZERO;
    for (AnnualStatement statement : statements) {
      sum = sum.plus(amount.apply(statement));
    }
    return sum;
  }

  @Override
  public String toString() {
    return "SupervisionReport[" + department + " " + year + ": " + resources.size() + " resources, fees " + fees() + ", deductions "
        + deductionsTotal() + ", paid " + paid() + ", outstanding " + outstanding() + ", " + evaluations.size() + " evaluations, "
        + annualResults.size() + " annual results" + idleRatio.map(r -> ", idle " + r.toPlainString()).orElse("") + "]";
  }
}
