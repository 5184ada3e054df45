package io.govcloud.example;

import io.govcloud.model.Article;
import io.govcloud.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The language the example prints in: Chinese (the default) or English. Every text of the report is
 * given in both, and a Chinese line holds no English word (ids, codes and units aside).
 */
enum Lang {
  /** 简体中文. */
  ZH,
  /** English. */
  EN;

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  /** The language of a {@code --lang} value. */
  static Lang of(String code) {
    return switch (code) {
      case "zh", "zh-CN" -> ZH;
      case "en" -> EN;
      default -> throw new IllegalArgumentException("--lang is zh or en, not " + code);
    };
  }

  /** The text in this language. */
  String pick(String chinese, String english) {
    return this == ZH ? chinese : english;
  }

  /** A text of both languages in this one. */
  String of(Text text) {
    return pick(text.zh(), text.en());
  }

  /** An article: 第12条 or Art. 12 (the Civil Code's named as such). */
  String article(Article article) {
    boolean measures = article.instrument() == Article.Instrument.CHONGQING_MEASURES;
    return this == ZH ? (measures ? "" : "民法典") + "第" + article.number() + "条" : article.toString();
  }

  /** An amount of CNY with thousands separators and two decimals, e.g. {@code 12,345.60}. */
  static String money(Money money) {
    return String.format(Locale.ROOT, "%,.2f", money.amount());
  }

  /** A Beijing time to the minute. */
  static String minute(Instant instant) {
    return MINUTE.format(instant.atZone(District.BEIJING));
  }

  /** The day of a Beijing time. */
  static LocalDate day(Instant instant) {
    return instant.atZone(District.BEIJING).toLocalDate();
  }

  /** A text in Chinese and in English. */
  record Text(String zh, String en) {
    static Text of(String zh, String en) {
      return new Text(zh, en);
    }
  }
}
