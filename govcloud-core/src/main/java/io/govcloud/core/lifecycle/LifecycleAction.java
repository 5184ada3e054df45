package io.govcloud.core.lifecycle;

import static io.govcloud.model.ResourceState.ACTIVE;
import static io.govcloud.model.ResourceState.APPLIED;
import static io.govcloud.model.ResourceState.CHANGE_APPROVED;
import static io.govcloud.model.ResourceState.CHANGE_REQUESTED;
import static io.govcloud.model.ResourceState.EMERGENCY_CONFIRMED;
import static io.govcloud.model.ResourceState.EMERGENCY_PROVISIONED;
import static io.govcloud.model.ResourceState.EMERGENCY_REPORTED;
import static io.govcloud.model.ResourceState.IN_TRIAL;
import static io.govcloud.model.ResourceState.TERMINATION_APPROVED;
import static io.govcloud.model.ResourceState.TERMINATION_REQUESTED;
import static io.govcloud.model.ResourceState.TEST_FAILED;
import static io.govcloud.model.ResourceState.TEST_PASSED;
import static io.govcloud.model.ResourceState.TRIAL_NOTIFIED;

import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.ResourceState;
import java.util.EnumSet;
import java.util.Set;

/**
 * The actions of a cloud resource's lifecycle (docs/rules.md#r5): for each, the states it may be taken in,
 * the role that takes it, and the article that sets it. An action taken in any other state is refused
 * with {@link LifecycleViolations#illegalTransition}, naming the state, the action and the article.
 */
public enum LifecycleAction {
  /** Apply for new resources, citing a project of the annual list (Art. 18, 19, 28). */
  APPLY_OPEN(EnumSet.noneOf(ResourceState.class), Actor.Role.DEPARTMENT, 19, "申请开通", "apply to open"),
  /** Approve the application and notify the provider to offer a trial environment (Art. 13, 20). */
  APPROVE(EnumSet.of(APPLIED), Actor.Role.AUTHORITY, 20, "审核并通知提供试用环境", "approve and notify the provider"),
  /** Reject the application. */
  REJECT(EnumSet.of(APPLIED), Actor.Role.AUTHORITY, 20, "驳回申请", "reject the application"),
  /** Open the trial environment (Art. 13, 20). */
  OPEN_TRIAL(EnumSet.of(TRIAL_NOTIFIED), Actor.Role.PROVIDER, 20, "开通试用环境", "open the trial environment"),
  /** Extend the trial under a supplementary contract (Art. 20 2nd para). */
  EXTEND_TRIAL(EnumSet.of(IN_TRIAL, TEST_FAILED), Actor.Role.DEPARTMENT, 20, "延长试用期", "extend the trial"),
  /** Record the department's test of its systems (Art. 21). */
  RECORD_TEST(EnumSet.of(IN_TRIAL, TEST_FAILED), Actor.Role.DEPARTMENT, 21, "记录测试结果", "record the test result"),
  /** Confirm the resources opened, generating a work order (Art. 22, 25). */
  CONFIRM_OPEN(EnumSet.of(TEST_PASSED), Actor.Role.DEPARTMENT, 22, "确认开通", "confirm the opening"),
  /** Apply for a change (Art. 19). */
  APPLY_CHANGE(EnumSet.of(ACTIVE), Actor.Role.DEPARTMENT, 19, "申请变更", "apply for a change"),
  /** Approve a change (Art. 20). */
  APPROVE_CHANGE(EnumSet.of(CHANGE_REQUESTED), Actor.Role.AUTHORITY, 20, "审核变更", "approve the change"),
  /** Refuse a change applied for: the resource stays as it is (Art. 19). */
  REJECT_CHANGE(EnumSet.of(CHANGE_REQUESTED), Actor.Role.AUTHORITY, 19, "驳回变更申请", "reject the change"),
  /** Confirm a change, generating a work order (Art. 22). */
  CONFIRM_CHANGE(EnumSet.of(CHANGE_APPROVED), Actor.Role.DEPARTMENT, 22, "确认变更", "confirm the change"),
  /** Apply for termination (Art. 19). */
  APPLY_TERMINATION(EnumSet.of(ACTIVE), Actor.Role.DEPARTMENT, 19, "申请终止", "apply for termination"),
  /** Approve a termination (Art. 19). */
  APPROVE_TERMINATION(EnumSet.of(TERMINATION_REQUESTED), Actor.Role.AUTHORITY, 19, "审核终止", "approve the termination"),
  /** Refuse a termination applied for: the resource stays in service (Art. 19). */
  REJECT_TERMINATION(EnumSet.of(TERMINATION_REQUESTED), Actor.Role.AUTHORITY, 19, "驳回终止申请", "reject the termination"),
  /** Record a step of the termination checklist (Art. 24). */
  RECORD_TERMINATION_STEP(EnumSet.of(TERMINATION_APPROVED), Actor.Role.DEPARTMENT, 24, "记录终止事项", "record a termination step"),
  /** Confirm the termination, generating a work order (Art. 24). */
  CONFIRM_TERMINATION(EnumSet.of(TERMINATION_APPROVED), Actor.Role.DEPARTMENT, 24, "确认终止", "confirm the termination"),
  /** Report an emergency need to the authority (Art. 25). */
  REPORT_EMERGENCY(EnumSet.noneOf(ResourceState.class), Actor.Role.DEPARTMENT, 25, "紧急报备", "report an emergency"),
  /** Configure the emergency resources (Art. 25). */
  PROVISION_EMERGENCY(EnumSet.of(EMERGENCY_REPORTED), Actor.Role.PROVIDER, 25, "紧急配置", "provision the emergency resources"),
  /** Confirm the emergency configuration's completion (Art. 25, 30). */
  CONFIRM_EMERGENCY(EnumSet.of(EMERGENCY_PROVISIONED), Actor.Role.DEPARTMENT, 25, "确认紧急配置", "confirm the emergency configuration"),
  /** Record the supplementary project's approval (Art. 25 3rd para). */
  RECORD_SUPPLEMENT_APPROVAL(EnumSet.of(EMERGENCY_PROVISIONED, EMERGENCY_CONFIRMED), Actor.Role.DEPARTMENT, 25, "记录项目增补审批", "record the supplementary project's approval"),
  /** Backfill the application, generating the work order (Art. 25 3rd para, 22). */
  BACKFILL(EnumSet.of(EMERGENCY_CONFIRMED), Actor.Role.DEPARTMENT, 25, "补报云资源申请", "backfill the application");

  private final Set<ResourceState> from;
  private final Actor.Role role;
  private final Article article;
  private final String chineseName;
  private final String englishName;

  LifecycleAction(Set<ResourceState> from, Actor.Role role, int article, String chineseName, String englishName) {
    this.from = Set.copyOf(from);
    this.role = role;
    this.article = Article.of(article);
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** {@return the states this action may be taken in; empty for the actions that create a resource} */
  public Set<ResourceState> from() {
    return from;
  }

  /**
   * Whether this action may be taken in a state.
   *
   * @param state the state, not null
   * @return whether {@link #from()} contains the state
   */
  public boolean allowedIn(ResourceState state) {
    return from.contains(state);
  }

  /** {@return the role that takes this action} */
  public Actor.Role role() {
    return role;
  }

  /** {@return the article that sets this action} */
  public Article article() {
    return article;
  }

  /** {@return the action's name in Chinese} */
  public String chineseName() {
    return chineseName;
  }

  /** {@return the action's name in English} */
  public String englishName() {
    return englishName;
  }
}
