package io.govcloud.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The SQL migrations shipped in this jar, handed to Flyway by name rather than found by scanning the
 * class path: the scripts live in this module's own package {@code io.govcloud.jdbc.migration.<dialect>},
 * which a class-path scan from Flyway's module could not see on the module path, and which a host's own
 * Flyway, scanning its {@code db/migration}, never picks up by mistake.
 *
 * <p>Not API. Immutable and thread-safe.
 */
final class MigrationScripts implements ResourceProvider {

  /** Every migration, oldest first; a test checks this list against the folders. */
  static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__bills.sql", "V3__reallocation.sql", "V4__acceptance.sql",
      "V5__ledger.sql", "V6__provisional_deadlines.sql", "V7__adaptations.sql", "V8__corrections.sql", "V9__bills_by_jurisdiction.sql",
      "V10__ledger_records.sql",
      "V11__charges_by_resource.sql");

  /** The schema version the newest script creates. */
  static final String LATEST_VERSION = "11";

  private final Dialect dialect;

  MigrationScripts(Dialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /** The class-path folder of the dialect's scripts, for messages. */
  String location() {
    return "io/govcloud/jdbc/migration/" + dialect.folder();
  }

  @Override
  public LoadableResource getResource(String name) {
    return SCRIPTS.contains(name) ? new Script(location(), name) : null;
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    return SCRIPTS.stream()
        .filter(name -> name.startsWith(prefix) && List.of(suffixes).stream().anyMatch(name::endsWith))
        .map(name -> (LoadableResource) new Script(location(), name))
        .toList();
  }

  /** One script, read from this module as UTF-8. */
  private static final class Script extends LoadableResource {
    private final String folder;
    private final String name;

    Script(String folder, String name) {
      this.folder = folder;
      this.name = name;
    }

    @Override
    public Reader read() {
      String path = "/" + folder + "/" + name;
      try (InputStream in = MigrationScripts.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("the migration " + path + " is missing from govcloud-jdbc's jar");
        }
        return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the migration " + path, e);
      }
    }

    @Override
    public String getAbsolutePath() {
      return folder + "/" + name;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return getAbsolutePath();
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public String getRelativePath() {
      return name;
    }
  }
}
