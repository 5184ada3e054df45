package io.govcloud.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list of migrations handed to Flyway is the list of files, in every dialect's folder. */
class MigrationScriptsTest {

  @Test
  void everyDialectHasExactlyTheListedScripts() throws IOException, URISyntaxException {
    for (Dialect dialect : Dialect.values()) {
      MigrationScripts scripts = new MigrationScripts(dialect);
      URL folder = Objects.requireNonNull(MigrationScripts.class.getResource("/" + scripts.location()), scripts.location());
      try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
        assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
            .as(dialect.folder()).isEqualTo(MigrationScripts.SCRIPTS.stream().sorted().toList());
      }
      assertThat(scripts.getResources("V", new String[] {".sql"})).hasSize(MigrationScripts.SCRIPTS.size());
      assertThat(scripts.getResources("R", new String[] {".sql"})).isEmpty();
    }
  }

  @Test
  void theLatestVersionIsThatOfTheLastScript() {
    List<String> scripts = MigrationScripts.SCRIPTS;
    assertThat(scripts.get(scripts.size() - 1)).startsWith("V" + MigrationScripts.LATEST_VERSION + "__");
  }

  @Test
  void aScriptIsReadAsUtf8() throws IOException {
    try (var reader = new MigrationScripts(Dialect.POSTGRESQL).getResource("V1__schema.sql").read()) {
      char[] start = new char[64];
      assertThat(reader.read(start)).isPositive();
      assertThat(new String(start)).startsWith("-- govcloud schema, version 1");
    }
    assertThat(new MigrationScripts(Dialect.H2).getResource("V9__missing.sql")).isNull();
  }
}
