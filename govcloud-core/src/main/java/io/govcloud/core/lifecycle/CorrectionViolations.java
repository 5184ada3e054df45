package io.govcloud.core.lifecycle;

import io.govcloud.model.Article;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.time.Instant;

/**
 * The refusals of corrections of confirmed work orders (docs/rules.md#r4; Art. 22, 30), each with a stable
 * code, the article, a message in Chinese and in English, and the offending values as facts. A work order
 * that does not exist is refused like one out of the actor's reach ({@code ACCESS_DENIED}, rule R9), never
 * with a code of this class.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CorrectionViolations {

  /**
   * The work order was corrected already: only the latest of a chain of corrections may be corrected.
   * Facts: {@code workOrder}, {@code supersededBy}.
   */
  public static final String SUPERSEDED = "CORRECTION_WORK_ORDER_SUPERSEDED";
  /**
   * A correction of the resource awaits the provider's acknowledgement: one at a time. Facts: {@code
   * resource}, {@code pendingWorkOrder}.
   */
  public static final String PENDING = "CORRECTION_PENDING";
  /** A correction that changes neither the quantity nor the time. Facts: {@code workOrder}. */
  public static final String UNCHANGED = "CORRECTION_UNCHANGED";
  /**
   * No correction of the work order awaits acknowledgement (none was asked for, or it was acknowledged or
   * declined). Facts: {@code workOrder}.
   */
  public static final String NOT_PENDING = "CORRECTION_NOT_PENDING";
  /**
   * The corrected time lies in the future or before the resource was applied for. Facts: {@code
   * workOrder}, {@code effectiveAt}, {@code notBefore}, {@code now}.
   */
  public static final String TIME_OUT_OF_RANGE = "CORRECTION_TIME_OUT_OF_RANGE";
  /**
   * With the correction, the resource's work orders would no longer form a service history (e.g. a
   * change moved before the opening, a termination's quantity changed). Facts: {@code workOrder}, {@code
   * problem}.
   */
  public static final String INCONSISTENT = "CORRECTION_INCONSISTENT";

  private CorrectionViolations() {}

  static Violation superseded(WorkOrderId order, WorkOrderId by) {
    return Violation.of(SUPERSEDED, Article.of(22),
            "服务工单 " + order + " 已被服务工单 " + by + " 更正，只能更正最新的一份",
            "work order " + order + " is superseded by work order " + by + "; only the latest may be corrected")
        .with("workOrder", order)
        .with("supersededBy", by);
  }

  static Violation pending(CloudResource resource) {
    WorkOrderId pending = resource.pendingCorrection().orElseThrow().workOrder();
    return Violation.of(PENDING, Article.of(22),
            "云资源 " + resource.id() + " 对服务工单 " + pending + " 的更正尚待服务商确认，一次只能有一项更正",
            "a correction of work order " + pending + " of resource " + resource.id()
                + " awaits the provider's acknowledgement; one correction at a time")
        .with("resource", resource.id())
        .with("pendingWorkOrder", pending);
  }

  static Violation unchanged(WorkOrder order) {
    return Violation.of(UNCHANGED, Article.of(22),
            "更正未改变服务工单 " + order.id() + " 的数量或时间",
            "the correction changes neither the quantity nor the time of work order " + order.id())
        .with("workOrder", order.id());
  }

  static Violation notPending(WorkOrderId order) {
    return Violation.of(NOT_PENDING, Article.of(22),
            "服务工单 " + order + " 没有待确认的更正",
            "no correction of work order " + order + " awaits acknowledgement")
        .with("workOrder", order);
  }

  static Violation timeOutOfRange(WorkOrder order, Instant effectiveAt, Instant notBefore, Instant now) {
    return Violation.of(TIME_OUT_OF_RANGE, Article.of(22),
            "服务工单 " + order.id() + " 更正后的时间 " + effectiveAt + " 须介于申请时间 " + notBefore + " 与当前时间 " + now + " 之间",
            "the corrected time " + effectiveAt + " of work order " + order.id() + " must lie between the application "
                + notBefore + " and now " + now)
        .with("workOrder", order.id())
        .with("effectiveAt", effectiveAt)
        .with("notBefore", notBefore)
        .with("now", now);
  }

  static Violation inconsistent(WorkOrder order, Violation problem) {
    return Violation.of(INCONSISTENT, Article.of(22),
            "更正后云资源的服务工单不再构成连续的服务记录：" + problem.chinese(),
            "with the correction of work order " + order.id() + ", the resource's work orders no longer form a service history: "
                + problem.english())
        .with("workOrder", order.id())
        .with("problem", problem.english());
  }
}
