package io.govcloud.core.calendar;

import io.govcloud.model.Article;

/**
 * The units a legal period is counted in, with the PRC Civil Code article that governs the count
 * (rule R1).
 */
public enum PeriodUnit {
  /** Working days: the last day is the n-th working day after the trigger day (Civil Code Art. 201). */
  WORKING_DAYS("working days", "个工作日", Article.civilCode(201)),
  /**
   * Calendar months: the corresponding day of the target month, or its last day; rolled forward off a
   * non-working day (Civil Code Art. 202, 203).
   */
  MONTHS("months", "个月", Article.civilCode(202)),
  /** Calendar years: as months, twelve at a time (Civil Code Art. 202, 203). */
  YEARS("years", "年", Article.civilCode(202)),
  /** Hours: from the exact instant, never extended (Civil Code Art. 201, 2nd para). */
  HOURS("hours", "小时", Article.civilCode(201));

  private final String english;
  private final String chinese;
  private final Article civilCodeArticle;

  PeriodUnit(String english, String chinese, Article civilCodeArticle) {
    this.english = english;
    this.chinese = chinese;
    this.civilCodeArticle = civilCodeArticle;
  }

  /** {@return the Civil Code article that says how this unit is counted, not null} */
  public Article civilCodeArticle() {
    return civilCodeArticle;
  }

  /**
   * The period in English, e.g. {@code 5 working days}.
   *
   * @param amount the number of units
   * @return the amount and this unit in English, not null
   */
  public String describe(int amount) {
    return amount + " " + english;
  }

  /**
   * The period in Chinese, e.g. {@code 5个工作日}.
   *
   * @param amount the number of units
   * @return the amount and this unit in Chinese, not null
   */
  public String describeInChinese(int amount) {
    return amount + chinese;
  }
}
