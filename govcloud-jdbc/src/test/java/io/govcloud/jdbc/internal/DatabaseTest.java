package io.govcloud.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recognising a database from what its driver reports (a test double of JDBC's metadata). */
class DatabaseTest {

  private static Database of(String product, String version, int major, int minor) throws SQLException {
    DatabaseMetaData metadata = (DatabaseMetaData) Proxy.newProxyInstance(DatabaseTest.class.getClassLoader(),
        new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getDatabaseProductName" -> product;
          case "getDatabaseProductVersion" -> version;
          case "getDatabaseMajorVersion" -> major;
          case "getDatabaseMinorVersion" -> minor;
          default -> throw new UnsupportedOperationException(method.getName());
        });
    return Database.of(metadata);
  }

  @Test
  void h2AndPostgresqlAndItsCompatiblesSpeakTheirDialects() throws SQLException {
    assertThat(of("H2", "2.5.252 (2026-09-23)", 2, 5).dialect()).isEqualTo(Dialect.H2);
    Database postgres = of("PostgreSQL", "15.20 (Debian 15.20-0+deb12u1)", 15, 20);
    assertThat(postgres.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(postgres.skipLocked()).isTrue();
    assertThat(postgres.placeholders()).isEmpty();
    assertThat(of("PostgreSQL", "11.2-YB-2.20.1.0-b0", 11, 2).dialect()).isEqualTo(Dialect.POSTGRESQL);
  }

  @Test
  void theMysqlFamilyGetsANoPadBinaryCollationWhereTheServerHasOne() throws SQLException {
    Database mariadb = of("MariaDB", "10.11.19-MariaDB-0+deb12u1", 10, 11);
    assertThat(mariadb.dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(mariadb.skipLocked()).isTrue();
    assertThat(mariadb.placeholders()).isEqualTo(Map.of("collation", "utf8mb4_nopad_bin"));
    assertThat(of("MariaDB", "10.5.8-MariaDB", 10, 5).skipLocked()).isFalse();
    Database mysql = of("MySQL", "8.0.36", 8, 0);
    assertThat(mysql.collation()).isEqualTo("utf8mb4_0900_bin");
    assertThat(mysql.skipLocked()).isTrue();
    Database tidb = of("MySQL", "8.0.11-TiDB-v7.5.1", 8, 0);
    assertThat(tidb.dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(tidb.skipLocked()).isFalse();
    assertThat(tidb.collation()).isEqualTo("utf8mb4_bin");
    assertThat(of("MySQL", "5.7.25-OceanBase-v4.2.1", 5, 7).collation()).isEqualTo("utf8mb4_bin");
  }

  @Test
  void anyOtherProductIsRefusedNamingTheSupportedOnes() {
    for (String product : new String[] {"SQLite", "openGauss", "KingbaseES", "Oracle", "Microsoft SQL Server", "HSQL Database Engine"}) {
      assertThatThrownBy(() -> of(product, "1.0", 1, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(product)
          .hasMessageContaining(Database.SUPPORTED);
    }
  }
}
