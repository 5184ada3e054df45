package io.govcloud.core.catalog;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.Dimension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Explains, on demand, why each item of the category other than the chosen one was rejected. Built only
 * when a caller asks a result for its rejections, so the decision itself stays one allocation-light pass.
 * Immutable once computed; the memo is published through a volatile field, so thread-safe.
 */
final class Rejections implements Supplier<List<Rejection>> {

  private final CategoryIndex index;
  private final Demand demand;
  private final Fit chosen;
  private volatile List<Rejection> memo;

  /** The rejections around {@code chosen}, which is null when nothing was chosen. */
  Rejections(CategoryIndex index, Demand demand, Fit chosen) {
    this.index = index;
    this.demand = demand;
    this.chosen = chosen;
  }

  @Override
  public List<Rejection> get() {
    List<Rejection> result = memo;
    if (result == null) {
      result = compute();
      memo = result;
    }
    return result;
  }

  private List<Rejection> compute() {
    List<Rejection> result = new ArrayList<>(index.items.length);
    for (int i = 0; i < index.items.length; i++) {
      if (chosen != null && chosen.index == i) {
        continue;
      }
      Fit fit = index.fit(i, demand);
      result.add(fit == null ? shortfall(i) : rejectDominating(fit));
    }
    return List.copyOf(result);
  }

  private Rejection shortfall(int i) {
    CatalogItem item = index.items[i];
    int j = index.shortfall(i, demand);
    Dimension dimension = demand.dimensions[j];
    BigDecimal offered = index.offered(i, demand, j);
    String requested = Wording.plain(demand.requested[j]) + " " + dimension.unit();
    String requestedZh = Wording.inChinese(demand.requested[j], dimension);
    if (offered == null) {
      return new Rejection(
          item, Rejection.Reason.MISSING_DIMENSION,
          "offers no " + dimension + ", of which one instance needs " + requested,
          "不具备" + Wording.inChinese(dimension) + "，每个实例需要" + requestedZh);
    }
    String has = Wording.plain(offered) + " " + dimension.unit();
    return new Rejection(
        item, Rejection.Reason.UNDER_PROVISIONED,
        "offers " + dimension.code() + " " + has + ", less than the " + requested + " one instance needs",
        Wording.inChinese(dimension) + "为" + Wording.inChinese(offered, dimension) + "，低于每个实例所需的" + requestedZh);
  }

  private Rejection rejectDominating(Fit fit) {
    CatalogItem item = fit.item;
    if (!fit.withinBound) {
      int j = fit.worstDimension(demand);
      OverProvisioning worst = new OverProvisioning(demand.dimensions[j], demand.requested[j], fit.provided(j));
      return new Rejection(
          item, Rejection.Reason.OVER_PROVISIONING_BOUND,
          "over-provisions " + worst + ", beyond the bound of " + demand.policy.describe(),
          "超出冗余上限" + demand.policy.describe() + "：" + worst.chinese());
    }
    if (chosen.exact && !fit.exact) {
      return new Rejection(
          item, Rejection.Reason.NOT_EXACT,
          "is not the requested configuration, which the catalog lists as " + chosen.item.code(),
          "与需求配置不完全相符，目录中已有相符的服务" + chosen.item.code());
    }
    String total = Wording.yuan(fit.totalFen);
    String totalZh = Wording.yuanInChinese(fit.totalFen);
    int byTotal = fit.totalFen.compareTo(chosen.totalFen);
    if (byTotal > 0) {
      return new Rejection(
          item, Rejection.Reason.COSTLIER,
          "costs " + total + " a month, more than " + Wording.yuan(chosen.totalFen) + " for " + chosen.item.code(),
          "月度费用" + totalZh + "，高于" + chosen.item.code() + "的" + Wording.yuanInChinese(chosen.totalFen));
    }
    if (fit.compareOverProvisioning(chosen, demand) > 0) {
      return new Rejection(
          item, Rejection.Reason.MORE_OVER_PROVISIONED,
          "costs the same " + total + " a month as " + chosen.item.code() + " but over-provisions more: "
              + fit.overProvisioning(demand),
          "月度费用同为" + totalZh + "，但冗余多于" + chosen.item.code() + "："
              + Wording.overProvisioningInChinese(fit.overProvisioning(demand)));
    }
    return new Rejection(
        item, Rejection.Reason.LATER_CODE,
        "ties with " + chosen.item.code() + " on cost (" + total + " a month) and over-provisioning; "
            + chosen.item.code() + " sorts first",
        "月度费用（" + totalZh + "）与冗余均与" + chosen.item.code() + "相同，按编码排序" + chosen.item.code() + "在前");
  }
}
