package io.govcloud.core.reallocation;

import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceReduction;
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks of a forced reduction's cuts (Art. 17), for {@link ReductionCases#reduce}. Stateless. */
final class Cuts {

  private Cuts() {}

  /**
   * The reductions the cuts make, or the first refusal: each cut is a smaller positive quantity of a
   * resource of the case's department on its platform, in service with nothing under way ({@link
   * ResourceState#ACTIVE}), named once, whose item the catalog in force lists and which takes capacity
   * away in the case's dimension; together they take at most the counted idle capacity and at least what
   * brings the idle ratio to the ratio.
   */
  static Either<Violation, List<ResourceReduction>> check(
      ReductionCase reductionCase, List<Cut> cuts, CatalogHistory catalog, LocalDate today, Assessment standing, Instant now) {
    Set<ResourceId> named = new HashSet<>();
    List<ResourceReduction> reductions = new ArrayList<>();
    BigDecimal reduced = BigDecimal.ZERO;
    for (Cut cut : cuts) {
      Optional<Violation> invalid = invalid(reductionCase, cut, named);
      if (invalid.isPresent()) {
        return Either.left(invalid.get());
      }
      Optional<CatalogItem> item = catalog.inForceOn(today).flatMap(c -> c.item(cut.resource().item()));
      if (item.isEmpty()) {
        return Either.left(ReallocationViolations.itemNotInCatalog(cut.resource().id(), cut.resource().item(), today));
      }
      BigDecimal capacity = Capacity.of(item.get(), cut.resource().quantity(), reductionCase.dimension())
          .subtract(Capacity.of(item.get(), cut.newQuantity(), reductionCase.dimension()));
      if (capacity.signum() <= 0) {
        return Either.left(ReallocationViolations.reductionInvalid(reductionCase, cut.resource().id(),
            "服务项 " + item.get().code() + " 没有 " + reductionCase.dimension().code() + " 维度的配置，调减不减少闲置量",
            "item " + item.get().code() + " has no " + reductionCase.dimension() + " in its configuration: the cut reduces nothing idle"));
      }
      reduced = reduced.add(capacity);
      reductions.add(new ResourceReduction(cut.resource().id(), cut.resource().item(), cut.resource().quantity(), cut.resource().item(),
          cut.newQuantity(), capacity, now, Optional.of(cut.workOrder()), true));
    }
    if (reduced.compareTo(standing.countedIdle()) > 0) {
      return Either.left(ReallocationViolations.reductionAboveIdle(reductionCase, reduced, standing.countedIdle()));
    }
    if (standing.afterReduction(reduced).exceedsRatio()) {
      return Either.left(ReallocationViolations.reductionInsufficient(reductionCase, reduced, standing.leastReduction()));
    }
    return Either.right(reductions);
  }

  private static Optional<Violation> invalid(ReductionCase reductionCase, Cut cut, Set<ResourceId> named) {
    ResourceId id = cut.resource().id();
    if (!named.add(id)) {
      return Optional.of(ReallocationViolations.reductionInvalid(reductionCase, id, "同一云资源被重复列出", "the resource is named twice"));
    }
    if (!cut.resource().department().equals(reductionCase.department()) || !cut.resource().platform().equals(reductionCase.platform())) {
      return Optional.of(ReallocationViolations.notOfCase(reductionCase, id));
    }
    if (cut.resource().state() != ResourceState.ACTIVE) {
      return Optional.of(ReallocationViolations.reductionInvalid(reductionCase, id, "该云资源不在正常运行状态或有变更、终止正在办理",
          "it is " + cut.resource().state() + ", not ACTIVE with nothing under way"));
    }
    if (cut.newQuantity().signum() <= 0 || cut.newQuantity().compareTo(cut.resource().quantity()) >= 0) {
      return Optional.of(ReallocationViolations.reductionInvalid(reductionCase, id, "调减后的数量应大于0且小于现有数量",
          "its new quantity " + cut.newQuantity().toPlainString() + " must be positive and below its quantity "
              + cut.resource().quantity().toPlainString()));
    }
    return Optional.empty();
  }
}
