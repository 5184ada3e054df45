package io.govcloud.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The heuristic of {@link Languages} catches what it must, and lets ids, codes and quoted values pass. */
class LanguagesTest {

  @Test
  void englishWordsAndEnumNamesInChineseAreFound() {
    assertThat(Languages.latinWordsIn("云资源r-1处于ACTIVE状态", List.of())).containsExactly("ACTIVE");
    assertThat(Languages.latinWordsIn("云资源r-1处于TRIAL_NOTIFIED状态", List.of())).containsExactly("TRIAL_NOTIFIED");
    assertThat(Languages.latinWordsIn("已于2025-03-01起 from 目录", List.of())).containsExactly("from");
    assertThat(Languages.latinWordsIn("账单合计CNY 100.00", List.of())).containsExactly("CNY");
    assertThat(Languages.latinWordsIn("见第22条（Art. 22）", List.of())).containsExactly("Art");
    assertThat(Languages.latinWordsIn("department d-1 无权", List.of())).containsExactly("department");
  }

  @Test
  void idsCodesDatesAndQuotedValuesPassInChinese() {
    assertThat(Languages.latinWordsIn("云资源res-1、ecs.c2m4、2025-03-08T05:30:00Z、第2版、区县yuzhong", List.of())).isEmpty();
    assertThat(Languages.latinWordsIn("驳回：no budget", List.of("no budget"))).isEmpty();
  }

  @Test
  void chineseInEnglishIsFoundUnlessQuoted() {
    assertThat(Languages.chineseIn("application r-1 rejected: 无批准的项目方案", List.of())).isNotEmpty();
    assertThat(Languages.chineseIn("application r-1 rejected: 无批准的项目方案", List.of("无批准的项目方案"))).isEmpty();
    assertThat(Languages.chineseIn("the bill is issued：CNY 1.00", List.of())).containsExactly("：");
    assertThat(Languages.chineseIn("department d-1 (D-张三) may not", List.of("D-张三"))).isEmpty();
  }
}
