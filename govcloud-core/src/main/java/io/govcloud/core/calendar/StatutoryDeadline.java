package io.govcloud.core.calendar;

import io.govcloud.model.Article;

/**
 * The deadlines the Chongqing measures set (rule R1 table), each with its trigger, length and
 * article. {@link Deadlines#due(StatutoryDeadline, java.time.ZonedDateTime)} computes one.
 */
public enum StatutoryDeadline {
  /** Contract filing (合同备案): 5 working days from signing (Art. 12). */
  CONTRACT_FILING(5, PeriodUnit.WORKING_DAYS, 12, "合同备案", "contract filing"),
  /** Trial-environment notice to the provider: 2 working days from receiving the application (Art. 20). */
  TRIAL_ENVIRONMENT_NOTICE(2, PeriodUnit.WORKING_DAYS, 20, "通知提供试用环境", "trial-environment notice"),
  /** Emergency provisioning: 24 hours from the report (Art. 25). */
  EMERGENCY_PROVISIONING(24, PeriodUnit.HOURS, 25, "紧急配置云资源", "emergency provisioning"),
  /** Emergency backfill application: 2 working days from the supplementary project's approval (Art. 25). */
  EMERGENCY_BACKFILL(2, PeriodUnit.WORKING_DAYS, 25, "补报云资源申请", "emergency backfill application"),
  /** Voluntary idle reduction: 1 month from the host system's reminder (Art. 17). */
  IDLE_REDUCTION(1, PeriodUnit.MONTHS, 17, "主动调减闲置资源", "voluntary idle reduction"),
  /**
   * Forced reduction: the authority may reduce once more than 5 working days have passed since its
   * supervision notice (Art. 17); the deadline is the end of the 5th working day.
   */
  FORCED_REDUCTION(5, PeriodUnit.WORKING_DAYS, 17, "督促后调减", "reduction after supervision"),
  /** Catalog revision: at most 2 years after the last revision (Art. 26). */
  CATALOG_REVISION(2, PeriodUnit.YEARS, 26, "服务目录调整", "catalog revision");

  private final int length;
  private final PeriodUnit unit;
  private final Article article;
  private final String chineseName;
  private final String englishName;

  StatutoryDeadline(int length, PeriodUnit unit, int article, String chineseName, String englishName) {
    this.length = length;
    this.unit = unit;
    this.article = Article.of(article);
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** {@return the period's length in {@link #unit()}s} */
  public int length() {
    return length;
  }

  /** {@return the unit the period counts in, not null} */
  public PeriodUnit unit() {
    return unit;
  }

  /** {@return the article of the measures that sets this deadline, not null} */
  public Article article() {
    return article;
  }

  /** {@return the deadline's name in Chinese, not null} */
  public String chineseName() {
    return chineseName;
  }

  /** {@return the deadline's name in English, not null} */
  public String englishName() {
    return englishName;
  }
}
