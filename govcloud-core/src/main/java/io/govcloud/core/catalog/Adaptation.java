package io.govcloud.core.catalog;

import io.govcloud.model.Article;
import io.govcloud.model.ServiceCatalog;
import java.util.List;

/**
 * The outcome of adapting a request to a catalog version (Art. 27; docs/rules.md#r3), one of:
 *
 * <ul>
 *   <li>{@link ExactMatch}: the catalog lists the requested configuration; nothing is adapted;
 *   <li>{@link Adapted}: the request is adapted to the item of nearest function and configuration;
 *   <li>{@link NotAdaptable}: no item can be adapted; the department may self-procure after the
 *       authority's evaluation, and deploy only what meets the platform's security requirements (Art.
 *       35).
 * </ul>
 *
 * <p>Every outcome explains itself: {@link #english()} and {@link #chinese()} state the decision with its
 * figures and articles, and {@link #rejected()} lists every other item of the category with the reason
 * it was not chosen. Implementations are immutable and thread-safe.
 */
public sealed interface Adaptation permits ExactMatch, Adapted, NotAdaptable {

  /** {@return the catalog version the request was adapted to, not null} */
  ServiceCatalog catalog();

  /** {@return the request, not null} */
  AdaptationRequest request();

  /**
   * Every item of the requested category other than the chosen one, by code, each with the reason it was
   * not chosen; empty when the catalog has no such category. Computed on first call. Not null.
   *
   * @return the rejected items with their reasons, by code; not null
   */
  List<Rejection> rejected();

  /** {@return the articles the outcome rests on, Art. 27 first; not null, not empty} */
  List<Article> articles();

  /** {@return the decision explained in English, with figures and articles; not null} */
  String english();

  /** {@return the decision explained in Chinese (zh-CN), with figures and articles; not null} */
  String chinese();
}
