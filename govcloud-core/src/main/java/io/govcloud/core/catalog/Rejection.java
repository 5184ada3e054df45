package io.govcloud.core.catalog;

import io.govcloud.model.CatalogItem;
import java.util.Objects;

/**
 * An item of the requested category that an adaptation did not choose, and why (docs/rules.md#r3: every
 * result explains itself, chosen item, rejected candidates and why).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param item the item not chosen, not null
 * @param reason why, not null
 * @param english the reason with the figures, in English; not blank
 * @param chinese the reason with the figures, in Chinese; not blank
 */
public record Rejection(CatalogItem item, Reason reason, String english, String chinese) {

  /** Why an item was not chosen, in the order the decision rule of R3 applies them. */
  public enum Reason {
    /** The item does not offer a requested dimension at all. */
    MISSING_DIMENSION("不具备所需配置项", "lacks a requested dimension"),
    /** A bundle offers less of a requested dimension than one instance needs. */
    UNDER_PROVISIONED("配置低于需求", "offers less than requested"),
    /** The item meets the request but over-provisions beyond the policy's bound. */
    OVER_PROVISIONING_BOUND("超出冗余上限", "over-provisions beyond the bound"),
    /** The catalog lists the requested configuration itself, so nothing is adapted (Art. 27, 1st para). */
    NOT_EXACT("目录中已有与需求完全相符的服务", "the catalog lists the requested configuration itself"),
    /** The item meets the request at a higher monthly total. */
    COSTLIER("月度费用更高", "costs more per month"),
    /** The item costs the same but over-provisions more. */
    MORE_OVER_PROVISIONED("费用相同但冗余更多", "costs the same but over-provisions more"),
    /** The item ties on cost and over-provisioning; its code sorts after the chosen one's. */
    LATER_CODE("费用与冗余相同，编码排序靠后", "ties on cost and over-provisioning, and its code sorts later");

    private final String chinese;
    private final String english;

    Reason(String chinese, String english) {
      this.chinese = chinese;
      this.english = english;
    }

    /** {@return the reason in Chinese, not null} */
    public String chinese() {
      return chinese;
    }

    /** {@return the reason in English, not null} */
    public String english() {
      return english;
    }
  }

  /**
   * Checks the fields.
   *
   * @param item the item not chosen, not null
   * @param reason why, not null
   * @param english the reason with the figures, in English; not blank
   * @param chinese the reason with the figures, in Chinese; not blank
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Rejection {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(chinese, "chinese");
    if (english.isBlank() || chinese.isBlank()) {
      throw new IllegalArgumentException("the rejection of " + item.code() + " must explain itself");
    }
  }

  /** As {@code c2m4 UNDER_PROVISIONED: vcpu 2 core < 3 requested}. */
  @Override
  public String toString() {
    return item.code() + " " + reason + ": " + english;
  }
}
