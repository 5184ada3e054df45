package io.govcloud.jdbc.internal;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Payment;
import io.govcloud.model.PaymentId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.spi.PaymentRepository;
import java.sql.SQLException;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The payments of fees: {@code gc_payment}, the account in three columns. Not API. */
final class PaymentTable extends AggregateTable<PaymentId, Payment> implements PaymentRepository {

  private static final List<String> COLUMNS =
      List.of("department", "platform", "provider", "fee_year", "amount", "paid_on", "reference", "recorded_at");
  private static final Comparator<Payment> BY_DATE = Comparator.comparing(Payment::paidOn).thenComparing(Payment::id);

  PaymentTable(JdbcUnitOfWork unit) {
    super(unit, "payment", "payments", "gc_payment", false);
  }

  @Override
  public List<Payment> ofAccount(BillingAccount account, Year feeYear) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(feeYear, "feeYear");
    return list("list payments of " + account + " for " + feeYear, "department = ? AND platform = ? AND provider = ? AND fee_year = ?",
        "paid_on, id", BY_DATE,
        p -> p.text(account.department().value()).text(account.platform().value()).text(account.provider().value())
            .integer(feeYear.getValue()));
  }

  @Override
  public List<Payment> ofDepartment(DepartmentId department) {
    String key = Objects.requireNonNull(department, "department").value();
    return list("list payments of department " + key, "department = ?", "paid_on, id", BY_DATE, p -> p.text(key));
  }

  @Override
  String key(PaymentId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, Payment payment) throws SQLException {
    p.text(payment.account().department().value())
        .text(payment.account().platform().value())
        .text(payment.account().provider().value())
        .integer(payment.feeYear().getValue())
        .money(payment.amount())
        .date(payment.paidOn())
        .text(payment.reference())
        .instant(payment.recordedAt());
  }

  @Override
  List<Payment> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    return unit.transaction().query(selectParents(predicate, order), binder, row -> new Payment(
        PaymentId.of(row.text("id")),
        BillingAccount.of(DepartmentId.of(row.text("department")), PlatformId.of(row.text("platform")), ProviderId.of(row.text("provider"))),
        Year.of(row.integer("fee_year")),
        row.money("amount"),
        row.date("paid_on"),
        row.text("reference"),
        row.instant("recorded_at"),
        row.number("version")));
  }
}
