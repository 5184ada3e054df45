package io.govcloud.model;

import static io.govcloud.model.CatalogValuesFixture.catalog;
import static io.govcloud.model.CatalogValuesFixture.flavour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogHistoryTest {

  private final ServiceCatalog v2023 = catalog("2023", LocalDate.of(2023, 3, 1), flavour("c2m4", 2, 4, "180"));
  private final ServiceCatalog v2025 = catalog("2025", LocalDate.of(2025, 1, 1), flavour("c2m4", 2, 4, "150"));
  private final CatalogHistory history = CatalogHistory.of(v2025, v2023);

  @Test
  void theVersionInForceIsTheLatestThatTookEffectOnOrBeforeTheDate() {
    assertThat(history.inForceOn(LocalDate.of(2023, 2, 28))).isEmpty();
    assertThat(history.inForceOn(LocalDate.of(2023, 3, 1))).contains(v2023);
    assertThat(history.inForceOn(LocalDate.of(2024, 12, 31))).contains(v2023);
    assertThat(history.inForceOn(LocalDate.of(2025, 1, 1))).contains(v2025);
    assertThat(history.inForceOn(LocalDate.of(2030, 1, 1))).contains(v2025);
  }

  @Test
  void versionsAreOrderedByEffectiveDateAndKnowTheirSuccessor() {
    assertThat(history.versions()).containsExactly(v2023, v2025);
    assertThat(history.next(v2023)).contains(v2025);
    assertThat(history.next(v2025)).isEmpty();
    assertThat(history).isEqualTo(CatalogHistory.of(List.of(v2023, v2025)));
  }

  @Test
  void badHistoriesAreRefused() {
    assertThatThrownBy(() -> CatalogHistory.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a catalog history needs at least one version");
    ServiceCatalog sameId = catalog("2025", LocalDate.of(2026, 1, 1), flavour("c2m4", 2, 4, "150"));
    assertThatThrownBy(() -> CatalogHistory.of(v2025, sameId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalog version id 2025 appears twice");
    ServiceCatalog sameDate = catalog("2025b", LocalDate.of(2025, 1, 1), flavour("c2m4", 2, 4, "150"));
    assertThatThrownBy(() -> CatalogHistory.of(v2025, sameDate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalog versions 2025 and 2025b both take effect on 2025-01-01");
    assertThatThrownBy(() -> history.inForceOn(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }
}
