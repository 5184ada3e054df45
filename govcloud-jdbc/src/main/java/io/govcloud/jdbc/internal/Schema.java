package io.govcloud.jdbc.internal;

import io.govcloud.spi.StoreException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Creates and upgrades govcloud's tables with Flyway, from the scripts of {@link MigrationScripts}, and
 * refuses a database whose schema is newer than this library.
 *
 * <p>Flyway keeps its history in {@value #HISTORY_TABLE}, apart from a host's own {@code
 * flyway_schema_history}; in a schema that already holds other tables, the history starts at a baseline
 * of version 0, below every govcloud script, so that all of them run. Flyway's own (future-tolerant)
 * validation would let an older library work on a newer schema; {@link #migrate} checks that first.
 *
 * <p>Not API. Stateless and thread-safe.
 */
public final class Schema {

  /** The table of Flyway's history of govcloud's migrations. */
  public static final String HISTORY_TABLE = "gc_schema_history";

  private Schema() {}

  /** The schema version this library creates, e.g. {@code 2}. */
  public static String version() {
    return MigrationScripts.LATEST_VERSION;
  }

  /**
   * Brings the schema of a database to this library's version.
   *
   * @param dataSource the database's data source
   * @param database what the database is
   * @throws StoreException if the schema is newer than this library, or a migration fails
   */
  public static void migrate(DataSource dataSource, Database database) {
    String operation = "migrate the govcloud schema of " + database;
    MigrationScripts scripts = new MigrationScripts(database.dialect());
    try {
      Flyway flyway = Flyway.configure(Schema.class.getClassLoader())
          .dataSource(dataSource)
          .table(HISTORY_TABLE)
          .locations("classpath:" + scripts.location())
          .resourceProvider(scripts)
          .javaMigrationClassProvider(List::<Class<? extends JavaMigration>>of)
          .placeholders(database.placeholders())
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .cleanDisabled(true)
          .validateMigrationNaming(true)
          .load();
      Optional<MigrationVersion> applied = Arrays.stream(flyway.info().applied())
          .map(MigrationInfo::getVersion)
          .filter(v -> v != null)
          .max(MigrationVersion::compareTo);
      MigrationVersion latest = MigrationVersion.fromVersion(version());
      if (applied.isPresent() && applied.get().isNewerThan(latest)) {
        throw new StoreException(operation,
            "the database's govcloud schema is at version " + applied.get() + ", newer than the version " + latest
                + " this govcloud-jdbc knows (see " + HISTORY_TABLE + "): a newer govcloud-jdbc wrote it; "
                + "use that version or a later one, not an older library on a newer schema",
            null);
      }
      flyway.migrate();
    } catch (FlywayException e) {
      throw new StoreException(operation, String.valueOf(e.getMessage()), e);
    }
  }
}
