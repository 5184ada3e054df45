package io.govcloud.spi;

import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.ProviderId;
import java.util.List;

/** The service contracts (Art. 12, 20). */
public interface ContractRepository extends Repository<ContractId, Contract> {

  /**
   * The contracts a department signed, ordered by id.
   *
   * @param department the department, not null
   * @return its contracts, possibly empty; not null
   */
  List<Contract> ofDepartment(DepartmentId department);

  /**
   * The contracts a provider signed, ordered by id.
   *
   * @param provider the provider, not null
   * @return its contracts, possibly empty; not null
   */
  List<Contract> ofProvider(ProviderId provider);
}
