package io.govcloud.spi;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Payment;
import io.govcloud.model.PaymentId;
import java.time.Year;
import java.util.List;

/** The payments of fees that departments recorded (Art. 31; rule R4). */
public interface PaymentRepository extends Repository<PaymentId, Payment> {

  /**
   * The payments of an account's fees of a year, ordered by the date paid, then id.
   *
   * @param account the account, not null
   * @param feeYear the year whose fees they pay, not null
   * @return the payments, not null, possibly empty
   */
  List<Payment> ofAccount(BillingAccount account, Year feeYear);

  /**
   * The payments of a department, of every account and year, ordered by the date paid, then id.
   *
   * @param department the department that paid, not null
   * @return the payments, not null, possibly empty
   */
  List<Payment> ofDepartment(DepartmentId department);
}
