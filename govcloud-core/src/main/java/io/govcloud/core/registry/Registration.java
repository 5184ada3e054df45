package io.govcloud.core.registry;

import io.govcloud.model.Article;
import io.govcloud.model.Contract;
import io.govcloud.model.Department;
import io.govcloud.model.Platform;
import io.govcloud.model.Provider;
import io.govcloud.model.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of registering platforms, departments and contracts (rule R8; Art. 9, 10, 12, 19), as pure
 * functions of what the store holds. A department referred to is taken as registered only within the
 * jurisdiction of what refers to it, so that a refusal never tells a department of another jurisdiction
 * from one that does not exist (rule R9, Art. 33).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Registration {

  private Registration() {}

  /**
   * Checks a new platform: its provider exists; a platform with an owner is run by a top-level
   * municipal department of the platform's jurisdiction that runs no other (Art. 10).
   *
   * @param platform the platform, not null
   * @param owner the owning department, if the platform names one and it exists
   * @param provider the provider, if it exists
   * @param ownersPlatforms the platforms the owner already runs, not null
   * @return the refusal, or empty
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Violation> checkPlatform(
      Platform platform, Optional<Department> owner, Optional<Provider> provider, List<Platform> ownersPlatforms) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(ownersPlatforms, "ownersPlatforms");
    String id = platform.id().value();
    if (provider.isEmpty()) {
      return Optional.of(RegistrationViolations.invalid("platform", id,
          "政务云服务商" + platform.provider() + "尚未登记", "provider " + platform.provider() + " is not registered", Article.of(11)));
    }
    if (platform.owner().isEmpty()) {
      return Optional.empty();
    }
    Optional<Department> same = owner.filter(o -> o.jurisdiction().equals(platform.jurisdiction()));
    if (same.isEmpty()) {
      return Optional.of(RegistrationViolations.invalid("platform", id,
          "部门" + platform.owner().get() + "不是本级已登记的部门",
          "department " + platform.owner().get() + " is not a registered department of the platform's jurisdiction", Article.of(10)));
    }
    Department department = same.get();
    if (!department.jurisdiction().isMunicipal()) {
      return Optional.of(RegistrationViolations.onePlatform(platform, department,
          "区县政务部门使用本区县的政务云平台", "a district department uses its district's platform"));
    }
    if (department.parent().isPresent()) {
      return Optional.of(RegistrationViolations.onePlatform(platform, department,
          "下级单位不单独建设云平台，使用其主管部门" + department.parent().get() + "的云平台",
          "a subordinate unit may not run its own platform; it uses " + department.parent().get() + "'s"));
    }
    if (!ownersPlatforms.isEmpty()) {
      return Optional.of(RegistrationViolations.onePlatform(platform, department,
          "该部门已运行云平台" + ownersPlatforms.get(0).id(), "it already runs platform " + ownersPlatforms.get(0).id()));
    }
    return Optional.empty();
  }

  /**
   * Checks a new department: its parent, if any, is registered in the same jurisdiction (Art. 19).
   *
   * @param department the department, not null
   * @param parent the parent, if the department names one and it exists
   * @return the refusal, or empty
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Violation> checkDepartment(Department department, Optional<Department> parent) {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(parent, "parent");
    if (department.parent().isEmpty() || parent.filter(p -> p.jurisdiction().equals(department.jurisdiction())).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(RegistrationViolations.invalid("department", department.id().value(),
        "上级部门" + department.parent().get() + "不是本级已登记的部门",
        "parent " + department.parent().get() + " is not a registered department of its jurisdiction", Article.of(19)));
  }

  /**
   * Checks a new contract (Art. 12): the department may use the platform (its own, its parent's for a
   * subordinate unit, or its district's), the provider is the platform's, other parties provide only
   * services outside cloud services, and it is not filed yet. A platform that is not registered is
   * refused as one the department may not use.
   *
   * @param contract the contract, not null
   * @param department the signing department, not null
   * @param topDepartment the signing department's top-level ancestor (itself if it has no parent), not null
   * @param platform the platform, if it exists
   * @return the refusal, or empty
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Violation> checkContract(
      Contract contract, Department department, Department topDepartment, Optional<Platform> platform) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(topDepartment, "topDepartment");
    boolean uses = platform.filter(p -> p.jurisdiction().equals(department.jurisdiction())
        && p.owner().map(owner -> owner.equals(topDepartment.id())).orElse(true)).isPresent();
    if (!uses) {
      return Optional.of(RegistrationViolations.platformNotUsable(contract, department.id(), contract.platform()));
    }
    Platform p = platform.get();
    if (!p.provider().equals(contract.provider())) {
      return Optional.of(RegistrationViolations.providerMismatch(contract, p));
    }
    for (Contract.OtherParty party : contract.otherParties()) {
      if (party.cloudService()) {
        return Optional.of(RegistrationViolations.otherPartyCloudService(contract, party));
      }
    }
    if (contract.filedAt().isPresent()) {
      return Optional.of(RegistrationViolations.invalid("contract", contract.id().value(),
          "新合同登记后再报备", "a new contract is filed with fileContract, after registration", Article.of(12)));
    }
    return Optional.empty();
  }
}
