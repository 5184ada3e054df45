package io.govcloud.model;

/**
 * An aggregate a store keeps with an optimistic version: 0 for one never saved, then 1, 2, ... for each
 * saved state (docs/design.md#units-of-work: a stale write fails with a conflict, never overwrites).
 *
 * @param <I> the identifier type
 * @param <A> the aggregate type itself
 */
public interface Aggregate<I, A extends Aggregate<I, A>> {

  /** {@return the identifier, not null} */
  I id();

  /** {@return the version of the saved state this value was loaded from, or 0 if never saved} */
  long version();

  /**
   * This aggregate with another version; stores call it when they save.
   *
   * @param version the version of the saved state, not negative
   * @return a copy of this aggregate with that version
   */
  A withVersion(long version);
}
