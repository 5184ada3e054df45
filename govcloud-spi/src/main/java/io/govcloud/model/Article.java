package io.govcloud.model;

import java.util.Objects;

/**
 * An article of a legal instrument that a rule, a deadline or a violation cites.
 *
 * <p>{@link #of(int)} names an article of the Chongqing E-Government Cloud Platform Management Interim
 * Measures (2021), the regulation this library implements; {@link #civilCode(int)} names an article of the
 * PRC Civil Code, whose period rules (Art. 200–204) govern every deadline.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument, not null
 * @param number the article number, within the instrument's range
 */
public record Article(Instrument instrument, int number) implements Comparable<Article> {

  /** The legal instruments govcloud cites. */
  public enum Instrument {
    /** 重庆市电子政务云平台管理暂行办法 (2021), 48 articles. */
    CHONGQING_MEASURES("重庆市电子政务云平台管理暂行办法", "Chongqing E-Government Cloud Measures", 48),
    /** 中华人民共和国民法典 (2020), 1260 articles. */
    CIVIL_CODE("中华人民共和国民法典", "PRC Civil Code", 1260);

    private final String chineseTitle;
    private final String englishTitle;
    private final int articles;

    Instrument(String chineseTitle, String englishTitle, int articles) {
      this.chineseTitle = chineseTitle;
      this.englishTitle = englishTitle;
      this.articles = articles;
    }

    /** {@return the instrument's title in Chinese, not null} */
    public String chineseTitle() {
      return chineseTitle;
    }

    /** {@return the instrument's short English title, not null} */
    public String englishTitle() {
      return englishTitle;
    }

    /** {@return the number of articles the instrument has} */
    public int articles() {
      return articles;
    }
  }

  /**
   * Checks the article exists in its instrument.
   *
   * @param instrument the instrument, not null
   * @param number the article number, within the instrument's range
   * @throws NullPointerException if the instrument is null
   * @throws IllegalArgumentException if the number is outside the instrument's articles
   */
  public Article {
    Objects.requireNonNull(instrument, "instrument");
    if (number < 1 || number > instrument.articles()) {
      throw new IllegalArgumentException(
          instrument.englishTitle() + " has articles 1.." + instrument.articles() + ", not " + number);
    }
  }

  /**
   * An article of the Chongqing measures.
   *
   * @param number 1 to 48
   * @return the article, not null
   * @throws IllegalArgumentException if the measures have no such article
   */
  public static Article of(int number) {
    return new Article(Instrument.CHONGQING_MEASURES, number);
  }

  /**
   * An article of the PRC Civil Code.
   *
   * @param number 1 to 1260
   * @return the article, not null
   * @throws IllegalArgumentException if the code has no such article
   */
  public static Article civilCode(int number) {
    return new Article(Instrument.CIVIL_CODE, number);
  }

  /** {@return the citation in Chinese, e.g. {@code 《重庆市电子政务云平台管理暂行办法》第12条}} */
  public String toChinese() {
    return "《" + instrument.chineseTitle() + "》第" + number + "条";
  }

  /** The citation in English: {@code Art. 12} for the measures, {@code Civil Code Art. 201} otherwise. */
  @Override
  public String toString() {
    return instrument == Instrument.CHONGQING_MEASURES ? "Art. " + number : "Civil Code Art. " + number;
  }

  @Override
  public int compareTo(Article other) {
    int byInstrument = instrument.compareTo(other.instrument);
    return byInstrument != 0 ? byInstrument : Integer.compare(number, other.number);
  }
}
