package io.govcloud.core.catalog;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.Dimension;
import io.govcloud.model.ServiceCatalog;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A slow, independent statement of R3 to check {@link CatalogAdapter} against: it finds a per-unit item's
 * units by counting up rather than dividing, and compares over-provisioning by sorting decimal ratios to
 * 50 digits rather than cross-multiplying (exact for the small quantities the properties generate).
 */
final class AdaptationOracle {

  private static final MathContext FIFTY_DIGITS = new MathContext(50);

  /** One item that meets the request. */
  record Candidate(CatalogItem item, long unitsPerInstance, BigDecimal totalFen, List<BigDecimal> ratiosDescending, boolean exact, boolean withinBound) {}

  /** What the rule expects: the kind of result and the chosen item, if any. */
  record Expected(Class<? extends Adaptation> kind, Optional<Candidate> chosen) {}

  private AdaptationOracle() {}

  static List<Candidate> candidates(ServiceCatalog catalog, AdaptationRequest request, AdaptationPolicy policy) {
    List<Candidate> candidates = new ArrayList<>();
    Map<Dimension, BigDecimal> wanted = request.configuration().quantities();
    for (CatalogItem item : catalog.items().values()) {
      if (!item.category().equals(request.category()) || !item.configuration().quantities().keySet().containsAll(wanted.keySet())) {
        continue;
      }
      long units = 1;
      if (item.scaling() == CatalogItem.Scaling.PER_UNIT) {
        while (!covers(item, units, wanted)) {
          units++;
        }
      } else if (!covers(item, 1, wanted)) {
        continue;
      }
      List<BigDecimal> ratios = new ArrayList<>();
      boolean exact = item.configuration().quantities().size() == wanted.size();
      boolean within = true;
      for (Map.Entry<Dimension, BigDecimal> want : wanted.entrySet()) {
        BigDecimal provided = item.configuration().quantities().get(want.getKey()).multiply(BigDecimal.valueOf(units));
        BigDecimal ratio = provided.subtract(want.getValue()).divide(want.getValue(), FIFTY_DIGITS);
        ratios.add(ratio);
        exact &= ratio.signum() == 0;
        within &= ratio.compareTo(policy.maxRelativeExcess()) <= 0;
      }
      ratios.sort(Comparator.reverseOrder());
      BigDecimal total =
          BigDecimal.valueOf(item.monthlyCap().toFen()).multiply(BigDecimal.valueOf(units)).multiply(BigDecimal.valueOf(request.instances()));
      candidates.add(new Candidate(item, units, total, ratios, exact, within));
    }
    return candidates;
  }

  static Expected expected(ServiceCatalog catalog, AdaptationRequest request, AdaptationPolicy policy) {
    List<Candidate> all = candidates(catalog, request, policy);
    Optional<Candidate> exact = all.stream().filter(Candidate::exact).min(ORDER);
    if (exact.isPresent()) {
      return new Expected(ExactMatch.class, exact);
    }
    Optional<Candidate> adapted = all.stream().filter(Candidate::withinBound).min(ORDER);
    return adapted.isPresent() ? new Expected(Adapted.class, adapted) : new Expected(NotAdaptable.class, Optional.empty());
  }

  static final Comparator<Candidate> ORDER =
      Comparator.comparing(Candidate::totalFen)
          .thenComparing(Candidate::ratiosDescending, AdaptationOracle::compareLexicographically)
          .thenComparing(c -> c.item().code());

  private static int compareLexicographically(List<BigDecimal> a, List<BigDecimal> b) {
    for (int k = 0; k < a.size(); k++) {
      int c = a.get(k).compareTo(b.get(k));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static boolean covers(CatalogItem item, long units, Map<Dimension, BigDecimal> wanted) {
    return wanted.entrySet().stream()
        .allMatch(w -> item.configuration().quantities().get(w.getKey()).multiply(BigDecimal.valueOf(units)).compareTo(w.getValue()) >= 0);
  }
}
