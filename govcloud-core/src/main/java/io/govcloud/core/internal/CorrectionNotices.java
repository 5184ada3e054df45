package io.govcloud.core.internal;

import io.govcloud.core.NotificationTypes;
import io.govcloud.model.Article;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Party;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The notices of corrections of work orders (rule R4, R9; Art. 22): the department's request to the
 * provider, the provider's acknowledgement or refusal to the department. The new work order of an
 * acknowledged correction is also announced as generated, to both ({@link Notices}).
 */
final class CorrectionNotices {

  private CorrectionNotices() {}

  /** To the provider: a department asks to correct a work order. */
  static void requested(Tx tx, CloudResource resource, CloudResource.PendingCorrection correction) {
    tx.notify(NotificationTypes.CORRECTION_REQUESTED, Party.provider(resource.provider()), Article.of(22),
        "部门请求更正云资源 " + resource.id() + " 的服务工单 " + correction.workOrder() + "，待服务商确认：" + correction.reason(),
        "the department asks to correct work order " + correction.workOrder() + " of resource " + resource.id()
            + ", awaiting the provider's acknowledgement: " + correction.reason(),
        data(resource, correction));
  }

  /** To the department: the provider acknowledged the correction. */
  static void acknowledged(Tx tx, CloudResource resource, CloudResource.PendingCorrection correction) {
    tx.notify(NotificationTypes.CORRECTION_ACKNOWLEDGED, Party.department(resource.department()), Article.of(22),
        "服务商已确认对服务工单 " + correction.workOrder() + " 的更正，更正后的服务工单取代原工单",
        "the provider acknowledged the correction of work order " + correction.workOrder() + "; the corrected work order supersedes it",
        data(resource, correction));
  }

  /** To the department: the provider declined the correction, stating why. */
  static void declined(Tx tx, CloudResource resource, CloudResource.PendingCorrection correction, String reason) {
    Map<String, String> data = data(resource, correction);
    data.put("declined", reason);
    tx.notify(NotificationTypes.CORRECTION_DECLINED, Party.department(resource.department()), Article.of(22),
        "服务商未接受对服务工单 " + correction.workOrder() + " 的更正：" + reason,
        "the provider declined the correction of work order " + correction.workOrder() + ": " + reason,
        data);
  }

  private static Map<String, String> data(CloudResource resource, CloudResource.PendingCorrection correction) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("resource", resource.id().value());
    data.put("workOrder", correction.workOrder().value());
    data.put("quantity", correction.quantity().toPlainString());
    data.put("effectiveAt", correction.effectiveAt().toString());
    data.put("reason", correction.reason());
    return data;
  }
}
