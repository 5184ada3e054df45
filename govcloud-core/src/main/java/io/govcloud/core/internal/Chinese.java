package io.govcloud.core.internal;

import io.govcloud.model.Actor;
import io.govcloud.model.CloudResource;
import io.govcloud.model.DeploymentMode;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.ResourceState;
import io.govcloud.model.WorkOrder;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The Chinese terms of the measures for the model's codes, so that every Chinese message and notice is
 * wholly Chinese (ids and codes aside): states, modes, zones, steps, roles, jurisdictions, subjects and
 * amounts. The one place these terms live.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Chinese {

  private Chinese() {}

  /**
   * A resource state in Chinese.
   *
   * @param state the state, not null
   * @return its Chinese name, not null
   */
  public static String of(ResourceState state) {
    return switch (Objects.requireNonNull(state, "state")) {
      case APPLIED -> "已申请";
      case REJECTED -> "已驳回";
      case TRIAL_NOTIFIED -> "已通知提供试用环境";
      case IN_TRIAL -> "试用中";
      case TEST_FAILED -> "测试未通过";
      case TEST_PASSED -> "测试已通过";
      case ACTIVE -> "在用";
      case CHANGE_REQUESTED -> "已申请变更";
      case CHANGE_APPROVED -> "变更已审核";
      case TERMINATION_REQUESTED -> "已申请终止";
      case TERMINATION_APPROVED -> "终止已审核";
      case TERMINATED -> "已终止";
      case EMERGENCY_REPORTED -> "已紧急报备";
      case EMERGENCY_PROVISIONED -> "紧急资源已配置";
      case EMERGENCY_CONFIRMED -> "紧急配置已确认";
    };
  }

  /**
   * A deployment mode in Chinese (Art. 13).
   *
   * @param mode the mode, not null
   * @return its Chinese name, not null
   */
  public static String of(DeploymentMode mode) {
    return switch (Objects.requireNonNull(mode, "mode")) {
      case SHARED -> "共享云";
      case DEDICATED -> "专享云";
      case HOSTING -> "云托管";
      case BARE_METAL -> "裸金属服务器租用";
    };
  }

  /**
   * A network zone in Chinese (Art. 9).
   *
   * @param zone the zone, not null
   * @return its Chinese name, not null
   */
  public static String of(NetworkZone zone) {
    return switch (Objects.requireNonNull(zone, "zone")) {
      case INTERNET -> "互联网业务区";
      case EXTRANET -> "电子政务外网业务区";
    };
  }

  /**
   * A step of the termination checklist in Chinese (Art. 24).
   *
   * @param step the step, not null
   * @return its Chinese name, not null
   */
  public static String of(CloudResource.TerminationStep step) {
    return switch (Objects.requireNonNull(step, "step")) {
      case SYSTEM_OFFLINE -> "信息系统下线";
      case DATA_MIGRATED_AND_BACKED_UP -> "数据迁移备份";
      case DOCUMENTS_HANDED_OVER -> "移交相关文档";
    };
  }

  /**
   * Steps of the termination checklist in Chinese, in the checklist's order, joined by 、.
   *
   * @param steps the steps, not null
   * @return their Chinese names, not null
   */
  public static String steps(Collection<CloudResource.TerminationStep> steps) {
    return steps.stream().sorted().map(Chinese::of).collect(Collectors.joining("、"));
  }

  /**
   * A kind of work order in Chinese (Art. 22, 24).
   *
   * @param kind the kind, not null
   * @return its Chinese name, not null
   */
  public static String of(WorkOrder.Kind kind) {
    return switch (Objects.requireNonNull(kind, "kind")) {
      case OPEN -> "开通";
      case CHANGE -> "变更";
      case TERMINATE -> "终止";
    };
  }

  /**
   * A role in Chinese, as the measures name it.
   *
   * @param role the role, not null
   * @return its Chinese name, not null
   */
  public static String of(Actor.Role role) {
    return switch (Objects.requireNonNull(role, "role")) {
      case DEPARTMENT -> "政务部门";
      case AUTHORITY -> "大数据主管部门";
      case PROVIDER -> "政务云服务商";
      case AUDITOR -> "审计机关";
      case SYSTEM -> "多云管理系统";
    };
  }

  /**
   * A jurisdiction in Chinese: {@code 市级}, or {@code 区县} followed by the district's code.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return its Chinese name, not null
   */
  public static String of(Jurisdiction jurisdiction) {
    return jurisdiction.isMunicipal() ? "市级" : "区县" + jurisdiction.code();
  }

  /**
   * An actor in Chinese: the role and its subject, then the person, e.g. {@code 政务部门d-001（张三）} or
   * {@code 市级大数据主管部门（王）}.
   *
   * @param actor the actor, not null
   * @return the actor in Chinese, not null
   */
  public static String of(Actor actor) {
    String who = switch (actor.role()) {
      case AUTHORITY, AUDITOR -> of(new Jurisdiction(actor.subject())) + of(actor.role());
      case SYSTEM -> of(actor.role());
      case DEPARTMENT, PROVIDER -> of(actor.role()) + actor.subject();
    };
    return who + "（" + actor.person() + "）";
  }

  /**
   * An amount in Chinese: yuan with two decimals, e.g. {@code 1234.50元}.
   *
   * @param amount the amount, not null
   * @return the amount in Chinese, not null
   */
  public static String of(Money amount) {
    return amount.amount().toPlainString() + "元";
  }

  /**
   * The Chinese name of a kind of subject of the audit trail and of access checks ({@code resource},
   * {@code contract}, ...); an unknown kind is returned as it is.
   *
   * @param subjectType the kind, not null
   * @return its Chinese name, not null
   */
  public static String subject(String subjectType) {
    return switch (subjectType) {
      case "resource" -> "云资源";
      case "contract" -> "服务合同";
      case "department" -> "政务部门";
      case "platform" -> "云平台";
      case "project" -> "政务信息化项目";
      case "provider" -> "政务云服务商";
      case "account" -> "计费账户";
      case "billing-month" -> "账期";
      case "deadline" -> "期限";
      case "reduction-case" -> "调减案件";
      case "utilization-record" -> "利用率数据";
      case "redundancy-policy" -> "冗余比例";
      default -> subjectType;
    };
  }
}
