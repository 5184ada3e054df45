package io.govcloud.jdbc.internal;

import io.govcloud.jdbc.internal.flyway.FlywayLogs;
import io.govcloud.spi.StoreException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Creates and upgrades govcloud's tables with Flyway, from the scripts of {@link MigrationScripts}, or
 * checks that they are up to date, and refuses a database whose schema is newer than this library.
 *
 * <p>Flyway keeps its history in {@value #HISTORY_TABLE}, apart from a host's own {@code
 * flyway_schema_history}; in a schema that already holds other tables, the history starts at a baseline
 * of version 0, below every govcloud script, so that all of them run. Flyway's own (future-tolerant)
 * validation would let an older library work on a newer schema; {@link #migrate} and {@link #validate}
 * check that first. In a named schema, Flyway works there (and {@link #migrate} creates it if missing).
 *
 * <p>Flyway's INFO lines are logged at DEBUG ({@link FlywayLogs}); the store logs the outcome in one line.
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
   * @param connector the store's data source, database and schema
   * @return what was done, for the store's log line, e.g. {@code migrated from version 2 to 4}
   * @throws StoreException if the schema is newer than this library, or a migration fails
   */
  public static String migrate(Connector connector) {
    String operation = "migrate the govcloud schema of " + connector;
    return FlywayLogs.quietly(() -> {
      try {
        Flyway flyway = configure(connector).createSchemas(true).baselineOnMigrate(true).baselineVersion("0").load();
        Optional<MigrationVersion> applied = appliedVersion(flyway.info());
        refuseNewer(operation, applied);
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted == 0) {
          return "schema version " + version() + ", up to date";
        }
        return applied.map(v -> "schema migrated from version " + v + " to version ").orElse("schema created at version ")
            + version() + " (" + result.migrationsExecuted + " scripts)";
      } catch (FlywayException e) {
        throw new StoreException(operation, String.valueOf(e.getMessage()), e);
      }
    });
  }

  /**
   * Checks, without changing anything, that the schema of a database is at this library's version and
   * its scripts are those this library ships.
   *
   * @param connector the store's data source, database and schema
   * @return what was found, for the store's log line
   * @throws StoreException if the schema is missing, older or newer than this library, or was migrated
   *     by scripts other than this library's
   */
  public static String validate(Connector connector) {
    String operation = "validate the govcloud schema of " + connector;
    return FlywayLogs.quietly(() -> {
      try {
        Flyway flyway = configure(connector).createSchemas(false).load();
        MigrationInfoService info = flyway.info();
        Optional<MigrationVersion> applied = appliedVersion(info);
        refuseNewer(operation, applied);
        MigrationVersion latest = MigrationVersion.fromVersion(version());
        if (applied.isEmpty() || applied.get().compareTo(latest) < 0) {
          String pending = Arrays.stream(info.pending()).map(MigrationInfo::getScript).collect(Collectors.joining(", "));
          throw new StoreException(operation, (applied.isEmpty()
                  ? "the schema holds no govcloud tables (no migration in " + HISTORY_TABLE + ")"
                  : "the schema is at version " + applied.get())
              + ", and this govcloud-jdbc needs version " + latest + " (missing: " + pending + "); the store was "
              + "opened to validate only (JdbcStore.SchemaMode.VALIDATE): migrate it first, by opening a store once "
              + "with SchemaMode.MIGRATE as a user allowed to create tables",
              null);
        }
        ValidateResult result = flyway.validateWithResult();
        if (!result.validationSuccessful) {
          throw new StoreException(operation, "the schema at version " + applied.get() + " does not match the scripts "
              + "of this govcloud-jdbc: " + result.getAllErrorMessages(), null);
        }
        return "schema version " + version() + ", validated";
      } catch (FlywayException e) {
        throw new StoreException(operation, String.valueOf(e.getMessage()), e);
      }
    });
  }

  private static FluentConfiguration configure(Connector connector) {
    Database database = connector.database();
    MigrationScripts scripts = new MigrationScripts(database.dialect());
    FluentConfiguration configuration = Flyway.configure(Schema.class.getClassLoader())
        .dataSource(connector.dataSource())
        .table(HISTORY_TABLE)
        .locations("classpath:" + scripts.location())
        .resourceProvider(scripts)
        .javaMigrationClassProvider(List::<Class<? extends JavaMigration>>of)
        .placeholders(database.placeholders())
        .cleanDisabled(true)
        .validateMigrationNaming(true);
    connector.schema().ifPresent(schema -> configuration.schemas(schema).defaultSchema(schema));
    if (FlywayLogs.reachableFromFlyway()) {
      configuration.loggers(FlywayLogs.class.getName());
    }
    return configuration;
  }

  private static Optional<MigrationVersion> appliedVersion(MigrationInfoService info) {
    return Arrays.stream(info.applied())
        .map(MigrationInfo::getVersion)
        .filter(v -> v != null)
        .max(MigrationVersion::compareTo);
  }

  private static void refuseNewer(String operation, Optional<MigrationVersion> applied) {
    MigrationVersion latest = MigrationVersion.fromVersion(version());
    if (applied.isPresent() && applied.get().isNewerThan(latest)) {
      throw new StoreException(operation,
          "the database's govcloud schema is at version " + applied.get() + ", newer than the version " + latest
              + " this govcloud-jdbc knows (see " + HISTORY_TABLE + "): a newer govcloud-jdbc wrote it; "
              + "use that version or a later one, not an older library on a newer schema",
          null);
    }
  }
}
