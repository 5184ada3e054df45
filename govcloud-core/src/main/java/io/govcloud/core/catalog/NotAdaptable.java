package io.govcloud.core.catalog;

import io.govcloud.model.Article;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * No item of the catalog can be adapted to the request (Art. 27, 2nd para: 不能适配的). The department
 * may then procure the resource itself, but only on the {@link #path()} the measures set: the big-data
 * authority of its level evaluates and reviews the need (评估、论证, Art. 27); the department then organises
 * the procurement and implementation itself (Art. 27); and the product may be deployed on the platform
 * only once it meets the platform's security management requirements (Art. 35, 2nd para).
 *
 * <p>The {@link #cause()} says why, and {@link #violation()} states it as a refusal with a stable code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NotAdaptable implements Adaptation {

  /** Why nothing can be adapted. */
  public enum Cause {
    /** No item of the category gives one instance at least the requested quantity of every dimension. */
    NO_DOMINATING_ITEM(CatalogViolations.NO_ADAPTABLE_ITEM),
    /** Items meet the request, but every one over-provisions beyond the policy's bound. */
    OVER_PROVISIONING_BOUND(CatalogViolations.ADAPTATION_BOUND_EXCEEDED),
    /** The catalog version has no item of the requested category. */
    UNKNOWN_CATEGORY(CatalogViolations.CATEGORY_NOT_IN_CATALOG),
    /** The catalog version has no item with a requested dimension. */
    UNKNOWN_DIMENSION(CatalogViolations.DIMENSION_NOT_IN_CATALOG);

    private final String code;

    Cause(String code) {
      this.code = code;
    }

    /** {@return the stable code of the {@link NotAdaptable#violation()}, not null} */
    public String code() {
      return code;
    }
  }

  /** The steps of self-procurement when nothing can be adapted, in order. */
  public enum Step {
    /** The big-data authority of the department's level evaluates and reviews the need (Art. 27). */
    AUTHORITY_EVALUATION(27, "本级大数据主管部门评估、论证", "evaluation and review by the big-data authority of the department's level"),
    /** The department organises the procurement and implementation itself (Art. 27). */
    SELF_PROCUREMENT(27, "政务部门自行组织采购、实施", "procurement and implementation organised by the department itself"),
    /**
     * The product meets the platform's security management requirements, with the necessary security
     * measures, before it is deployed on the platform (Art. 35).
     */
    SECURITY_ATTESTATION(35, "满足政务云平台安全管理要求并采取必要安全措施后方可部署", "deployment only once the product meets the platform's security requirements");

    private final Article article;
    private final String chinese;
    private final String english;

    Step(int article, String chinese, String english) {
      this.article = Article.of(article);
      this.chinese = chinese;
      this.english = english;
    }

    /** {@return the article that sets the step, not null} */
    public Article article() {
      return article;
    }

    /** {@return the step in Chinese, not null} */
    public String chinese() {
      return chinese;
    }

    /** {@return the step in English, not null} */
    public String english() {
      return english;
    }
  }

  private static final List<Article> ARTICLES = List.of(Article.of(27), Article.of(35));
  private static final List<Step> PATH = List.of(Step.values());

  private final ServiceCatalog catalog;
  private final AdaptationRequest request;
  private final AdaptationPolicy policy;
  private final Cause cause;
  private final String reasonEnglish;
  private final String reasonChinese;
  private final Supplier<List<Rejection>> rejections;

  NotAdaptable(
      ServiceCatalog catalog,
      AdaptationRequest request,
      AdaptationPolicy policy,
      Cause cause,
      String reasonEnglish,
      String reasonChinese,
      Supplier<List<Rejection>> rejections) {
    this.catalog = catalog;
    this.request = request;
    this.policy = policy;
    this.cause = cause;
    this.reasonEnglish = reasonEnglish;
    this.reasonChinese = reasonChinese;
    this.rejections = rejections;
  }

  @Override
  public ServiceCatalog catalog() {
    return catalog;
  }

  @Override
  public AdaptationRequest request() {
    return request;
  }

  /** {@return the policy the adaptation applied, not null} */
  public AdaptationPolicy policy() {
    return policy;
  }

  /** {@return why nothing can be adapted, not null} */
  public Cause cause() {
    return cause;
  }

  /** {@return the reason with its figures, in English (e.g. the unknown dimension and the known ones); not null} */
  public String reason() {
    return reasonEnglish;
  }

  /** {@return the reason with its figures, in Chinese; not null} */
  public String reasonInChinese() {
    return reasonChinese;
  }

  /** {@return the steps of self-procurement, in order: evaluation, procurement, security attestation; not null} */
  public List<Step> path() {
    return PATH;
  }

  /**
   * The refusal as a violation of Art. 27, with the cause's stable code and the catalog version, category,
   * request, bound and the self-procurement {@code path} (its steps' names and articles, in order) as
   * facts.
   *
   * @return the violation, not null
   */
  public Violation violation() {
    return Violation.of(cause.code(), Article.of(27), chinese(), english())
        .with("catalogVersion", catalog.version())
        .with("category", request.category())
        .with("configuration", request.configuration())
        .with("instances", request.instances())
        .with("maxRelativeExcess", policy.describe())
        .with("reason", reasonEnglish)
        .with("path", String.join(" → ", PATH.stream().map(step -> step.name() + " (" + step.article() + ")").toList()));
  }

  @Override
  public List<Rejection> rejected() {
    return rejections.get();
  }

  /** Art. 27 and Art. 35. */
  @Override
  public List<Article> articles() {
    return ARTICLES;
  }

  @Override
  public String english() {
    return "Catalog version " + catalog.version() + " cannot be adapted to " + request + " (" + Article.of(27) + "): "
        + reasonEnglish + ". The department may procure it itself only after " + Step.AUTHORITY_EVALUATION.english()
        + " (" + Article.of(27) + "), and may deploy the product on the platform only once it meets the platform's "
        + "security requirements (" + Article.of(35) + ").";
  }

  @Override
  public String chinese() {
    return "服务目录" + catalog.version() + "版中没有可适配所需配置（" + Wording.inChinese(request.configuration())
        + "，" + request.instances() + "个实例，类别" + request.category() + "）的服务：" + reasonChinese + "。经本级大数据主管部门评估、论证后，由政务部门自行组织采购、实施（"
        + Article.of(27).toChinese() + "）；自行采购的产品满足政务云平台安全管理要求并采取必要安全措施后方可部署（"
        + Article.of(35).toChinese() + "）。";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NotAdaptable other
        && catalog.equals(other.catalog)
        && request.equals(other.request)
        && policy.equals(other.policy)
        && cause == other.cause
        && reasonEnglish.equals(other.reasonEnglish);
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalog.version(), request, policy, cause, reasonEnglish);
  }

  @Override
  public String toString() {
    return "NotAdaptable[" + request + ", " + cause + ": " + reasonEnglish + "]";
  }
}
