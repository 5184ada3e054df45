package io.govcloud.spi;

import io.govcloud.model.Aggregate;
import java.util.List;
import java.util.Optional;

/**
 * The storage of one kind of aggregate within a unit of work, with optimistic versions (docs/design.md#units-of-work: a
 * stale write fails with a clear conflict error, never overwrites).
 *
 * <p>"Ordered by id" here and in the queries of the sub-interfaces means the natural order of the
 * identifier type (the {@code compareTo} of its value).
 *
 * @param <I> the identifier type
 * @param <A> the aggregate type
 */
public interface Repository<I, A extends Aggregate<I, A>> {

  /**
   * The aggregate of an id, as last saved (or as written earlier in this unit).
   *
   * @param id the id, not null
   * @return the aggregate, or empty if there is none
   */
  Optional<A> find(I id);

  /**
   * Saves a new aggregate.
   *
   * @param aggregate the aggregate, version 0, not null
   * @return the aggregate as saved, with version 1
   * @throws IllegalArgumentException if its version is not 0
   * @throws ConflictException if an aggregate of that id exists
   */
  A insert(A aggregate);

  /**
   * Saves a new state of an aggregate loaded earlier.
   *
   * @param aggregate the new state, carrying the version it was loaded with, not null
   * @return the aggregate as saved, with the next version
   * @throws IllegalArgumentException if its version is 0 (never saved: use {@link #insert})
   * @throws ConflictException if the saved version is not the one carried (another unit saved it first),
   *     or there is none
   */
  A update(A aggregate);

  /** {@return every aggregate of this kind, ordered by id} */
  List<A> all();
}
