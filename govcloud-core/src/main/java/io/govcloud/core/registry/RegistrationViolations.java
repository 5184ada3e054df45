package io.govcloud.core.registry;

import io.govcloud.core.internal.Chinese;
import io.govcloud.model.Article;
import io.govcloud.model.Contract;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Violation;
import java.util.Objects;

/**
 * The refusals of registering providers, departments, platforms, projects and contracts (rule R8; Art.
 * 9–12, 19, 20, 28, 29, 42): stable codes a host matches on, each with its article, a Chinese and an
 * English message, and the offending values as facts.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RegistrationViolations {

  /**
   * A registration of something already registered, or that refers to what is not registered in the
   * jurisdiction, or an action the registration's state does not allow (Art. 3, 10–12, 19, 20, 28, 29, 42).
   * Facts: {@code subject} (its kind and id).
   */
  public static final String INVALID_REGISTRATION = "INVALID_REGISTRATION";
  /** A second platform for a municipal department, or one for a subordinate unit or a district department (Art. 10). */
  public static final String ONE_PLATFORM_PER_DEPARTMENT = "ONE_PLATFORM_PER_DEPARTMENT";
  /** Another party of a multi-party contract providing cloud services (Art. 12 2nd para). */
  public static final String OTHER_PARTY_CLOUD_SERVICE = "OTHER_PARTY_CLOUD_SERVICE";
  /** A contract whose provider does not run the platform it covers (Art. 12). */
  public static final String CONTRACT_PROVIDER_MISMATCH = "CONTRACT_PROVIDER_MISMATCH";
  /**
   * A contract for a platform the signing department may not use, or that is not registered: the two
   * are indistinguishable (Art. 10, 12). Facts: {@code contract}, {@code department}, {@code platform}.
   */
  public static final String CONTRACT_PLATFORM_NOT_USABLE = "CONTRACT_PLATFORM_NOT_USABLE";

  private RegistrationViolations() {}

  /**
   * A registration that cannot be made.
   *
   * @param subjectType the kind of subject, e.g. {@code platform}, not null
   * @param subjectId its id, not null
   * @param whyChinese why, in Chinese, not null
   * @param whyEnglish why, in English, not null
   * @param article the article, not null
   * @return the violation, not null
   */
  public static Violation invalid(String subjectType, String subjectId, String whyChinese, String whyEnglish, Article article) {
    Objects.requireNonNull(subjectType, "subjectType");
    return Violation.of(
            INVALID_REGISTRATION,
            article,
            Chinese.subject(subjectType) + subjectId + "不能登记：" + whyChinese,
            subjectType + " " + subjectId + " cannot be registered: " + whyEnglish)
        .with("subject", subjectType + " " + subjectId);
  }

  /**
   * A registration of an id already registered.
   *
   * @param subjectType the kind of subject, not null
   * @param subjectId its id, not null
   * @param article the article, not null
   * @return the violation, not null
   */
  public static Violation alreadyRegistered(String subjectType, String subjectId, Article article) {
    return invalid(subjectType, subjectId, "该编号已经登记", "it is already registered", article);
  }

  static Violation onePlatform(Platform platform, Department department, String whyChinese, String whyEnglish) {
    return Violation.of(
            ONE_PLATFORM_PER_DEPARTMENT,
            Article.of(10),
            "市级政务部门原则上只能组织建设、运维一个云平台，部门" + department.id() + "不能运行云平台" + platform.id() + "：" + whyChinese,
            "a municipal department runs at most one platform, and only a top-level one: department " + department.id()
                + " cannot run platform " + platform.id() + ": " + whyEnglish)
        .with("platform", platform.id())
        .with("department", department.id());
  }

  static Violation platformNotUsable(Contract contract, DepartmentId department, PlatformId platform) {
    return Violation.of(
            CONTRACT_PLATFORM_NOT_USABLE,
            Article.of(12),
            "部门" + department + "不能就云平台" + platform + "登记服务合同" + contract.id() + "：该云平台不是本部门可以使用的云平台（"
                + Article.of(10).toChinese() + "、第12条）",
            "department " + department + " cannot register contract " + contract.id() + " for platform " + platform
                + ": it is not a platform the department may use (Art. 10, 12)")
        .with("contract", contract.id())
        .with("department", department)
        .with("platform", platform);
  }

  static Violation providerMismatch(Contract contract, Platform platform) {
    return Violation.of(
            CONTRACT_PROVIDER_MISMATCH,
            Article.of(12),
            "合同" + contract.id() + "的服务商" + contract.provider() + "不是云平台" + platform.id() + "的服务商" + platform.provider(),
            "contract " + contract.id() + " names provider " + contract.provider() + ", but platform " + platform.id()
                + " is run by " + platform.provider())
        .with("contract", contract.id())
        .with("provider", contract.provider())
        .with("platformProvider", platform.provider());
  }

  static Violation otherPartyCloudService(Contract contract, Contract.OtherParty party) {
    return Violation.of(
            OTHER_PARTY_CLOUD_SERVICE,
            Article.of(12),
            "多方服务合同中的其他服务商" + party.name() + "只能提供政务云服务之外的服务，不能提供" + party.service(),
            "other party " + party.name() + " of a multi-party contract may only provide services outside cloud services, not "
                + party.service())
        .with("contract", contract.id())
        .with("party", party.name())
        .with("service", party.service());
  }
}
