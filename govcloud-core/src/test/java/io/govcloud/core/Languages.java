package io.govcloud.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heuristic that a text for people is wholly in one language (no English fragments in zh-CN text), ids
 * and codes aside:
 *
 * <ul>
 *   <li>first, every value the text quotes is removed: the values of the violation's facts or the
 *       notification's data, and the names of the persons acting (free texts a party gave, such as a
 *       reason, are data, not wording);
 *   <li>a Chinese text may then hold Latin letters only in tokens that look like an identifier or a
 *       code: a run of letters, digits and underscores (with {@code - . / :} between runs) that holds a
 *       digit or one of those separators, such as {@code res-1}, {@code ecs.c2m4} or {@code
 *       2025-03-08T05:30:00Z}, or one of the few plain-word ids of the test world ({@code yuzhong});
 *       an English word ({@code from}), an enum name ({@code ACTIVE}, {@code TRIAL_NOTIFIED}) or
 *       {@code Art}/{@code CNY} fail;
 *   <li>an English text may then hold no CJK character or full-width punctuation.
 * </ul>
 */
public final class Languages {

  /** Ids of the test world that are plain words: the district's code. */
  private static final Set<String> PLAIN_WORD_IDS = Set.of("yuzhong");

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_]+(?:[-./:][A-Za-z0-9_]+)*");
  private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]");

  private Languages() {}

  /**
   * The English words and enum names left in a Chinese text once the quoted values are removed.
   *
   * @param text the Chinese text
   * @param quoted the values the text may quote
   * @return the offending tokens, empty if the text is wholly Chinese
   */
  public static List<String> latinWordsIn(String text, Collection<String> quoted) {
    String rest = withoutQuoted(text, quoted);
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(rest);
    while (m.find()) {
      String token = m.group();
      boolean hasLetter = token.chars().anyMatch(Character::isLetter);
      boolean idLike = token.chars().anyMatch(Character::isDigit) || token.matches(".*[-./:].*");
      if (hasLetter && !idLike && !PLAIN_WORD_IDS.contains(token)) {
        words.add(token);
      }
    }
    return words;
  }

  /**
   * The CJK characters left in an English text once the quoted values are removed.
   *
   * @param text the English text
   * @param quoted the values the text may quote
   * @return the offending characters, empty if the text is wholly English
   */
  public static List<String> chineseIn(String text, Collection<String> quoted) {
    String rest = withoutQuoted(text, quoted);
    List<String> found = new ArrayList<>();
    Matcher m = CJK.matcher(rest);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static String withoutQuoted(String text, Collection<String> quoted) {
    String rest = text;
    List<String> longestFirst = new ArrayList<>(quoted);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    for (String value : longestFirst) {
      if (!value.isBlank()) {
        rest = rest.replace(value, " ");
      }
    }
    return rest;
  }
}
