package io.govcloud.model;

/**
 * A criterion of the yearly acceptance and evaluation of a provider's cloud services (Art. 40: 服务响应、
 * 质量、效率、安全性、满意度; rule R7). Each is scored 0 to 100 and weighted by the evaluation policy in
 * force; an evaluation scores every one.
 */
public enum EvaluationCriterion {
  /** Service response (服务响应). */
  SERVICE_RESPONSE("服务响应", "service response"),
  /** Quality (质量). */
  QUALITY("质量", "quality"),
  /** Efficiency (效率). */
  EFFICIENCY("效率", "efficiency"),
  /** Security (安全性). */
  SECURITY("安全性", "security"),
  /** Satisfaction (满意度). */
  SATISFACTION("满意度", "satisfaction");

  private final String chinese;
  private final String english;

  EvaluationCriterion(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** {@return the criterion's name in the measures' Chinese, e.g. {@code 服务响应}; not null} */
  public String chinese() {
    return chinese;
  }

  /** {@return the criterion's name in English, e.g. {@code service response}; not null} */
  public String english() {
    return english;
  }
}
