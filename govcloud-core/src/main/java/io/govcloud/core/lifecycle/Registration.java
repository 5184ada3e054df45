package io.govcloud.core.lifecycle;

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
 * The rules of registering platforms, departments and contracts (RULES.md R8; Art. 9, 10, 12), as pure
 * functions of what the store holds.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Registration {

  private Registration() {}

  /**
   * Checks a new platform: its provider exists; a municipal department's platform is run by a
   * top-level municipal department that runs no other (Art. 10).
   *
   * @param platform the platform, not null
   * @param owner the owning department, if the platform names one and it exists
   * @param provider the provider, if it exists
   * @param ownersPlatforms the platforms the owner already runs
   * @return the refusal, or empty
   */
  public static Optional<Violation> checkPlatform(
      Platform platform, Optional<Department> owner, Optional<Provider> provider, List<Platform> ownersPlatforms) {
    Objects.requireNonNull(platform, "platform");
    if (provider.isEmpty()) {
      return Optional.of(invalid("platform " + platform.id(), "provider " + platform.provider() + " is not registered", Article.of(11)));
    }
    if (platform.owner().isPresent()) {
      if (owner.isEmpty()) {
        return Optional.of(invalid("platform " + platform.id(), "department " + platform.owner().get() + " is not registered", Article.of(10)));
      }
      Department department = owner.get();
      if (!department.jurisdiction().isMunicipal()) {
        return Optional.of(onePlatform(platform, department, "a district department uses its district's platform"));
      }
      if (department.parent().isPresent()) {
        return Optional.of(onePlatform(platform, department,
            "a subordinate unit may not run its own platform; it uses " + department.parent().get() + "'s"));
      }
      if (!ownersPlatforms.isEmpty()) {
        return Optional.of(onePlatform(platform, department, "it already runs platform " + ownersPlatforms.get(0).id()));
      }
    }
    return Optional.empty();
  }

  /**
   * Checks a new department: its parent, if any, exists and belongs to the same jurisdiction.
   *
   * @return the refusal, or empty
   */
  public static Optional<Violation> checkDepartment(Department department, Optional<Department> parent) {
    Objects.requireNonNull(department, "department");
    if (department.parent().isEmpty()) {
      return Optional.empty();
    }
    if (parent.isEmpty()) {
      return Optional.of(invalid("department " + department.id(), "parent " + department.parent().get() + " is not registered", Article.of(19)));
    }
    if (!parent.get().jurisdiction().equals(department.jurisdiction())) {
      return Optional.of(invalid("department " + department.id(),
          "its parent belongs to " + parent.get().jurisdiction() + ", it to " + department.jurisdiction(), Article.of(19)));
    }
    return Optional.empty();
  }

  /**
   * Checks a new contract (Art. 12): the department may use the platform (its own, its parent's for a
   * subordinate unit, or its district's), the provider is the platform's, other parties provide only
   * services outside cloud services, and it is not filed yet.
   *
   * @param contract the contract, not null
   * @param department the signing department, not null
   * @param topDepartment the signing department's top-level ancestor (itself if it has no parent), not null
   * @param platform the platform, if it exists
   * @return the refusal, or empty
   */
  public static Optional<Violation> checkContract(
      Contract contract, Department department, Department topDepartment, Optional<Platform> platform) {
    Objects.requireNonNull(contract, "contract");
    if (platform.isEmpty()) {
      return Optional.of(invalid("contract " + contract.id(), "platform " + contract.platform() + " is not registered", Article.of(12)));
    }
    Platform p = platform.get();
    if (!p.provider().equals(contract.provider())) {
      return Optional.of(Violation.of(
              LifecycleViolations.CONTRACT_PROVIDER_MISMATCH,
              Article.of(12),
              "合同" + contract.id() + "的服务商" + contract.provider() + "不是云平台" + p.id() + "的服务商" + p.provider(),
              "contract " + contract.id() + " names provider " + contract.provider() + ", but platform " + p.id() + " is run by " + p.provider())
          .with("contract", contract.id())
          .with("provider", contract.provider())
          .with("platformProvider", p.provider()));
    }
    boolean uses = p.jurisdiction().equals(department.jurisdiction())
        && p.owner().map(owner -> owner.equals(topDepartment.id())).orElse(true);
    if (!uses) {
      return Optional.of(LifecycleViolations.wrongPlatform("it is not the department's platform (Art. 10, 12)", department.id(), p.id()));
    }
    for (Contract.OtherParty party : contract.otherParties()) {
      if (party.cloudService()) {
        return Optional.of(Violation.of(
                LifecycleViolations.OTHER_PARTY_CLOUD_SERVICE,
                Article.of(12),
                "多方服务合同中的其他服务商" + party.name() + "只能提供政务云服务之外的服务，不能提供" + party.service(),
                "other party " + party.name() + " of a multi-party contract may only provide services outside cloud services, not "
                    + party.service())
            .with("contract", contract.id())
            .with("party", party.name())
            .with("service", party.service()));
      }
    }
    if (contract.filedAt().isPresent()) {
      return Optional.of(invalid("contract " + contract.id(), "a new contract is filed with fileContract, after registration", Article.of(12)));
    }
    return Optional.empty();
  }

  /** A registration that refers to what does not exist, or is not allowed. */
  public static Violation invalid(String subject, String why, Article article) {
    return Violation.of(
            LifecycleViolations.INVALID_REGISTRATION,
            article,
            subject + "不能登记：" + why,
            subject + " cannot be registered: " + why)
        .with("subject", subject);
  }

  private static Violation onePlatform(Platform platform, Department department, String why) {
    return Violation.of(
            LifecycleViolations.ONE_PLATFORM_PER_DEPARTMENT,
            Article.of(10),
            "市级政务部门原则上只能组织建设、运维一个云平台，部门" + department.id() + "不能运行云平台" + platform.id() + "：" + why,
            "a municipal department runs at most one platform, and only a top-level one: department " + department.id()
                + " cannot run platform " + platform.id() + ": " + why)
        .with("platform", platform.id())
        .with("department", department.id());
  }
}
