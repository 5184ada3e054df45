package io.govcloud.jdbc;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test class was skipped (say, no PostgreSQL server configured) on the build's console,
 * where Surefire by itself shows only a count. Registered through {@code META-INF/services}.
 */
public final class SkipReasons implements TestExecutionListener {

  /** Creates the listener; JUnit calls it. */
  public SkipReasons() {}

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    System.out.println("[WARNING] Skipped " + test.getDisplayName() + ": " + reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    // only skips are reported here; Surefire reports the rest
  }
}
