package io.govcloud.jdbc;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program of the tests in a child JVM, with this JVM's Java and (part of) its class path, and
 * returns what it printed: for what only a fresh JVM shows (a class path without H2, a module path, the
 * logging of a whole process).
 */
final class ChildJvm {

  private ChildJvm() {}

  /** What a child JVM printed (standard output and error, interleaved) and its exit code. */
  record Result(int exitCode, String output) {
    /** The output's lines between a marker line and the next line starting with {@code ---}. */
    List<String> section(String marker) {
      List<String> lines = output.lines().toList();
      int start = lines.indexOf(marker);
      if (start < 0) {
        throw new AssertionError("the child printed no '" + marker + "': " + output);
      }
      List<String> section = new ArrayList<>();
      for (String line : lines.subList(start + 1, lines.size())) {
        if (line.startsWith("---")) {
          break;
        }
        section.add(line);
      }
      return section;
    }
  }

  /**
   * Runs {@code java <arguments>} and waits for it.
   *
   * @param timeout how long the child may run before it is killed and the test fails
   */
  static Result run(List<String> arguments, Duration timeout) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(javaCommand());
    command.addAll(arguments);
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[][] output = new byte[1][];
    Thread reader = new Thread(() -> {
      try {
        output[0] = child.getInputStream().readAllBytes();
      } catch (IOException e) {
        output[0] = ("cannot read the child's output: " + e).getBytes(StandardCharsets.UTF_8);
      }
    });
    reader.start();
    if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      child.destroyForcibly();
      reader.join();
      throw new AssertionError("the child JVM did not end within " + timeout + ": " + command + "\n"
          + new String(output[0], StandardCharsets.UTF_8));
    }
    reader.join();
    return new Result(child.exitValue(), new String(output[0], StandardCharsets.UTF_8));
  }

  /** The entries of this JVM's class path and module path. */
  static List<String> classPathEntries() {
    List<String> entries = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isBlank()) {
        for (String entry : value.split(File.pathSeparator)) {
          if (!entry.isBlank()) {
            entries.add(entry);
          }
        }
      }
    }
    return entries;
  }

  /** Joins path entries. */
  static String path(List<String> entries) {
    return String.join(File.pathSeparator, entries);
  }

  private static String javaCommand() {
    Optional<String> command = ProcessHandle.current().info().command();
    return command.orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
