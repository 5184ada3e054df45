package io.govcloud.core.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The texts of the State Council's 全国年节及纪念日放假办法 (Measures on National Annual Festivals and
 * Memorial Days) whose Art. 2 holidays govcloud counts provisionally for a year without an official
 * notice (rule R1), each with the date it took effect.
 *
 * <p>Art. 2 of each text lists the holidays of all citizens (全体公民放假的节日) and their days; Art. 6
 * says that such a holiday falling on a Saturday or Sunday is compensated on a working day (补假). Both
 * belong to the 办法 itself, not to the yearly notices (国务院办公厅关于部分节假日安排的通知), which add the
 * bridging days and makeup working days of 调休 (Art. 7 of the 2024 text allows them) and which only
 * an official notice supplies.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum HolidayMeasure {
  /**
   * The 办法 as amended by 国务院令第644号 (2013-12-11), in force from 2014-01-01 to 2024-12-31: New Year's
   * Day (1 January), the Spring Festival 3 days (正月初一 to 初三), Qingming (the solar term's day), Labour
   * Day (1 May), the Dragon Boat Festival (五月初五), the Mid-Autumn Festival (八月十五), National Day 3
   * days (1 to 3 October): 11 days.
   */
  STATE_COUNCIL_ORDER_644(
      LocalDate.of(2014, 1, 1),
      "《全国年节及纪念日放假办法》（国务院令第644号修订）",
      "National Annual Festivals and Memorial Days Measures, as amended by State Council Order No. 644 (2013)",
      false,
      false),
  /**
   * The 办法 as amended by 国务院令第795号 (2024-11-10), in force from 2025-01-01: New Year's Day (1
   * January), the Spring Festival 4 days (农历除夕 and 正月初一 to 初三), Qingming, Labour Day 2 days (1 and
   * 2 May), the Dragon Boat Festival, the Mid-Autumn Festival, National Day 3 days (1 to 3 October): 13
   * days.
   */
  STATE_COUNCIL_ORDER_795(
      LocalDate.of(2025, 1, 1),
      "《全国年节及纪念日放假办法》（国务院令第795号修订）",
      "National Annual Festivals and Memorial Days Measures, as amended by State Council Order No. 795 (2024)",
      true,
      true);

  private final LocalDate effectiveFrom;
  private final String citation;
  private final String englishCitation;
  private final boolean newYearsEveOff;
  private final boolean secondOfMayOff;

  HolidayMeasure(
      LocalDate effectiveFrom,
      String citation,
      String englishCitation,
      boolean newYearsEveOff,
      boolean secondOfMayOff) {
    this.effectiveFrom = effectiveFrom;
    this.citation = citation;
    this.englishCitation = englishCitation;
    this.newYearsEveOff = newYearsEveOff;
    this.secondOfMayOff = secondOfMayOff;
  }

  /**
   * The text in force in a year: every year from 2014 has one text in force all year long.
   *
   * @param year the year, not null
   * @return the text in force, or empty before 2014 (earlier texts are not encoded)
   */
  public static Optional<HolidayMeasure> inForce(Year year) {
    Objects.requireNonNull(year, "year");
    HolidayMeasure found = null;
    for (HolidayMeasure measure : values()) {
      if (!year.atDay(1).isBefore(measure.effectiveFrom)) {
        found = measure;
      }
    }
    return Optional.ofNullable(found);
  }

  /** {@return the first day this text applies, not null} */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** {@return the text's citation in Chinese, not null} */
  public String citation() {
    return citation;
  }

  /** {@return the text's citation in English, not null} */
  public String englishCitation() {
    return englishCitation;
  }

  /**
   * The days of Art. 2 in a year, one entry per holiday and day, in date order and, on one date, in the
   * order of Art. 2 (a date appears twice when two holidays fall on it, as the Mid-Autumn Festival and
   * National Day may).
   */
  List<Entitlement> entitlements(LunarFestivals.Dates dates) {
    int y = dates.year();
    List<Entitlement> days = new ArrayList<>();
    days.add(new Entitlement(LocalDate.of(y, 1, 1), Holiday.NEW_YEARS_DAY));
    if (newYearsEveOff) {
      days.add(new Entitlement(dates.newYearsEve(), Holiday.SPRING_FESTIVAL));
    }
    for (int i = 0; i < 3; i++) {
      days.add(new Entitlement(dates.springFestival().plusDays(i), Holiday.SPRING_FESTIVAL));
    }
    days.add(new Entitlement(dates.qingming(), Holiday.QINGMING));
    days.add(new Entitlement(LocalDate.of(y, 5, 1), Holiday.LABOUR_DAY));
    if (secondOfMayOff) {
      days.add(new Entitlement(LocalDate.of(y, 5, 2), Holiday.LABOUR_DAY));
    }
    days.add(new Entitlement(dates.dragonBoat(), Holiday.DRAGON_BOAT));
    days.add(new Entitlement(dates.midAutumn(), Holiday.MID_AUTUMN));
    for (int i = 1; i <= 3; i++) {
      days.add(new Entitlement(LocalDate.of(y, 10, i), Holiday.NATIONAL_DAY));
    }
    days.sort(Comparator.comparing(Entitlement::date).thenComparing(Entitlement::holiday));
    return days;
  }

  /** One day of one holiday of Art. 2. */
  record Entitlement(LocalDate date, Holiday holiday) {}

  /** The holidays of all citizens of Art. 2, with the names the shipped schedule uses. */
  enum Holiday {
    NEW_YEARS_DAY("New Year's Day"),
    SPRING_FESTIVAL("Spring Festival"),
    QINGMING("Qingming Festival"),
    LABOUR_DAY("Labour Day"),
    DRAGON_BOAT("Dragon Boat Festival"),
    MID_AUTUMN("Mid-Autumn Festival"),
    NATIONAL_DAY("National Day");

    private final String english;

    Holiday(String english) {
      this.english = english;
    }

    String english() {
      return english;
    }
  }
}
