package io.govcloud.model;

/**
 * A kind of security attestation a platform must hold, valid, on its acceptance date (rule R7): without
 * a valid one of each it does not pass, whatever its score.
 */
public enum AttestationKind {
  /**
   * The cloud computing service security assessment (云计算服务安全评估) under the Measures for the
   * Security Assessment of Cloud Computing Services (《云计算服务安全评估办法》): a platform that has not
   * passed it, or whose assessment has lapsed, is not accepted (Art. 32, 2nd para).
   */
  SECURITY_ASSESSMENT("云计算服务安全评估", "cloud computing service security assessment", 32),
  /**
   * The classified protection test of network security (网络安全等级保护测评), which a platform must pass
   * on time (Art. 36).
   */
  CLASSIFIED_PROTECTION("网络安全等级保护测评", "classified protection test", 36);

  private final String chinese;
  private final String english;
  private final int article;

  AttestationKind(String chinese, String english, int article) {
    this.chinese = chinese;
    this.english = english;
    this.article = article;
  }

  /** {@return the attestation's name in Chinese, e.g. {@code 云计算服务安全评估}; not null} */
  public String chinese() {
    return chinese;
  }

  /** {@return the attestation's name in English; not null} */
  public String english() {
    return english;
  }

  /** {@return the article that requires it:} Art. 32 or Art. 36; not null. */
  public Article article() {
    return Article.of(article);
  }
}
