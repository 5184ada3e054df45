package io.govcloud.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.govcloud.spi.ConflictException;
import io.govcloud.spi.StoreException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/**
 * What each dialect takes for a duplicate key and for a race the unit lost, from the SQLStates and vendor
 * codes the drivers report (the real ones are met by the contract tests on each database); and what a
 * unit of work throws for them.
 */
class DialectTest {

  @Test
  void deadlocksAndSerializationFailuresAreLostRacesOnEveryDatabase() {
    SQLException serialization = new SQLException("could not serialize access", "40001");
    SQLException postgresDeadlock = new SQLException("deadlock detected", "40P01");
    SQLException h2Deadlock = new SQLException("Deadlock detected. The current transaction was rolled back.", "40001", 40001);
    SQLException mariaDeadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
    for (Dialect dialect : Dialect.values()) {
      assertThat(dialect.isLostRace(serialization)).as("%s: 40001", dialect).isTrue();
      assertThat(dialect.isLostRace(postgresDeadlock)).as("%s: 40P01", dialect).isTrue();
      assertThat(dialect.isLostRace(h2Deadlock)).as("%s: H2's deadlock", dialect).isTrue();
      assertThat(dialect.isLostRace(mariaDeadlock)).as("%s: MariaDB's deadlock", dialect).isTrue();
    }
    assertThat(Dialect.MYSQL.isLostRace(new SQLException("Deadlock found", "HY000", 1213))).as("error 1213 whatever its state").isTrue();
  }

  @Test
  void aLostRaceIsFoundAsTheNextExceptionOfABatchOrAsACause() {
    BatchUpdateException batch = new BatchUpdateException("batch failed", "HY000", 0, new int[0], null);
    batch.setNextException(new SQLException("deadlock detected", "40P01"));
    assertThat(Dialect.POSTGRESQL.isLostRace(batch)).as("deadlock as the next exception of a batch").isTrue();
    SQLException wrapped = new SQLException("statement failed", "HY000", new SQLException("deadlock detected", "40P01"));
    assertThat(Dialect.POSTGRESQL.isLostRace(wrapped)).as("deadlock as the cause").isTrue();
  }

  @Test
  void lockTimeoutsDuplicateKeysAndOtherFailuresAreNotLostRaces() {
    assertThat(Dialect.MYSQL.isLostRace(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).as("MySQL lock wait timeout").isFalse();
    assertThat(Dialect.POSTGRESQL.isLostRace(new SQLException("canceling statement due to lock timeout", "55P03"))).as("lock timeout").isFalse();
    assertThat(Dialect.H2.isLostRace(new SQLException("Timeout trying to lock table", "HYT00", 50200))).as("H2 lock timeout").isFalse();
    assertThat(Dialect.POSTGRESQL.isLostRace(new SQLException("duplicate key", "23505"))).as("duplicate key").isFalse();
    assertThat(Dialect.H2.isLostRace(new SQLException("Deadlock?", "HY000", 1213))).as("1213 outside MySQL").isFalse();
    assertThat(Dialect.POSTGRESQL.isLostRace(new SQLException("connection refused", "08001"))).as("connection refused").isFalse();
  }

  @Test
  void aUnitOfWorkThrowsALostRaceAsAConflictNamingTheOperationAndEverythingElseAsAStoreException() {
    SQLException deadlock = new SQLException("deadlock detected", "40P01");
    Throwable lost = catchThrowable(() -> Sql.runInUnit(Dialect.POSTGRESQL, "update contract left", () -> {
      throw deadlock;
    }));
    assertThat(lost).isInstanceOf(ConflictException.class).hasCause(deadlock)
        .hasMessageContaining("update contract left").hasMessageContaining("40P01").hasMessageContaining("try it again");
    assertThat(((ConflictException) lost).aggregate()).isEqualTo("unit of work");
    assertThat(((ConflictException) lost).id()).isEqualTo("update contract left");
    Throwable broken = catchThrowable(() -> Sql.runInUnit(Dialect.POSTGRESQL, "update contract left", () -> {
      throw new SQLException("connection reset", "08006");
    }));
    assertThat(broken).isInstanceOf(StoreException.class).hasMessageContaining("update contract left");
  }
}
