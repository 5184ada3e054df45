package io.govcloud.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's reallocation example never drifts from the code: the fenced block between its markers is
 * compiled as it is, every lint warning an error, and run; its output shows the National Day escalation
 * of 2025 (Art. 17) and the next bill.
 */
class ReadmeReallocationTest {

  @Test
  void theReallocationExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
    String readme = Files.readString(ReadmeQuickStartTest.README, StandardCharsets.UTF_8);
    String output = ReadmeQuickStartTest.compileAndRun(dir, "ReallocationExample",
        ReadmeQuickStartTest.block(readme, "<!-- reallocation:begin -->", "<!-- reallocation:end -->"));
    assertThat(output)
        .contains("notice REDUCTION_REMINDED to department d-001")
        .contains("reduce at least 36 by 2025-10-09")
        .contains("notice REDUCTION_REMINDER_LAPSED to authority municipal")
        .contains("supervised until 2025-10-16")
        .contains("on 10-16: REALLOCATION_STEP_TOO_EARLY")
        .contains("notice REDUCTION_SUPERVISION_LAPSED to authority municipal")
        .contains("on 10-17: CLOSED, 36 vCPU by a CHANGE work order")
        .contains("October: CNY 5322.58");
  }
}
