package io.govcloud.example;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The class path of this module's tests is a host's: the published jars and their runtime dependencies,
 * without Immutables (a compile-only dependency of govcloud-spi whose generated classes carry no
 * annotation of it). So {@link ReadmeTest} and {@link ReadmeChineseTest}, which compile the READMEs'
 * programs with {@code -Xlint:all -Werror} on this class path, show that a strict host needs nothing more.
 */
class HostPathTest {

  @Test
  void immutablesIsNotOnTheHostsPath() {
    assertThatThrownBy(() -> Class.forName("org.immutables.value.Generated")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.immutables.value.Value")).isInstanceOf(ClassNotFoundException.class);
  }
}
