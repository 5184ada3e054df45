package io.govcloud.jdbc.internal.flyway;

import java.util.function.Supplier;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.flywaydb.core.api.logging.LogFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's logs through SLF4J, under Flyway's own logger names, with the INFO lines of govcloud's own
 * migrations written at DEBUG: opening a store would otherwise log a dozen INFO lines each time (the
 * database, the validation, the schema's version, each script). The store logs one INFO line of its own
 * instead ({@code io.govcloud.jdbc.JdbcStore}); a host that wants Flyway's lines turns {@code
 * org.flywaydb} to DEBUG. Warnings and errors stay as they are.
 *
 * <p>Flyway chooses its loggers for the whole JVM, from the configuration of the last {@code Flyway}
 * created; govcloud's configuration names this class. So that a host's own Flyway is not made quiet, the
 * INFO lines are moved to DEBUG only on the thread that runs a govcloud migration ({@link #quietly}):
 * a host's Flyway running at the same time on another thread logs at INFO through SLF4J, as Flyway's
 * default does when SLF4J is present, which it always is beside govcloud-jdbc.
 *
 * <p>Not API. Flyway instantiates it by name (hence public, with a public constructor, in a package
 * exported to Flyway alone). Thread-safe.
 */
public final class FlywayLogs implements LogCreator {

  private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> Boolean.FALSE);

  /** Creates the log creator; Flyway calls it. */
  public FlywayLogs() {}

  /**
   * Runs Flyway work on this thread with Flyway's INFO lines at DEBUG.
   *
   * @param <T> the work's result
   * @param work the work
   * @return what the work returned
   */
  public static <T> T quietly(Supplier<T> work) {
    boolean outer = QUIET.get();
    QUIET.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      if (outer) {
        QUIET.set(Boolean.TRUE);
      } else {
        QUIET.remove();
      }
    }
  }

  /**
   * Whether a Flyway configuration can name this class: Flyway instantiates its loggers by name from
   * its own class loader, which must find this very class (it does on the class path and the module path;
   * an application server that loads Flyway apart from govcloud-jdbc may not, and Flyway then logs as by
   * default).
   *
   * @return whether Flyway's class loader finds this class
   */
  public static boolean reachableFromFlyway() {
    try {
      return Class.forName(FlywayLogs.class.getName(), false, LogFactory.class.getClassLoader()) == FlywayLogs.class;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  @Override
  public Log createLogger(Class<?> type) {
    return new Slf4jLog(LoggerFactory.getLogger(type.getName()));
  }

  /** One of Flyway's logs, written through SLF4J. */
  private static final class Slf4jLog implements Log {
    private final Logger logger;

    Slf4jLog(Logger logger) {
      this.logger = logger;
    }

    @Override
    public void debug(String message) {
      // as Flyway's own SLF4J log: its debug lines only in its debug mode
      if (LogFactory.isDebugEnabled()) {
        logger.debug(message);
      }
    }

    @Override
    public void info(String message) {
      if (QUIET.get()) {
        logger.debug(message);
      } else if (!LogFactory.isQuietMode()) {
        logger.info(message);
      }
    }

    @Override
    public void warn(String message) {
      logger.warn(message);
    }

    @Override
    public void error(String message) {
      logger.error(message);
    }

    @Override
    public void error(String message, Exception exception) {
      logger.error(message, exception);
    }

    @Override
    public void notice(String message) {
      // as Flyway's own SLF4J log: notices are for its command line
    }
  }
}
