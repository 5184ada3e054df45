package io.govcloud.spi;

import io.govcloud.model.GovCloudException;
import java.util.Objects;

/**
 * A write that lost a race: another unit of work saved the aggregate first (optimistic versions,
 * docs/design.md#units-of-work), or created one of the same id. Nothing of the unit was kept; the caller may reload and
 * try again.
 *
 * <p>A store reports every race that a retry can resolve this way, including a deadlock or a
 * serialization failure its database detects between two units, rather than as a {@link StoreException}.
 *
 * <p>A member of the {@link GovCloudException} family: {@code GovCloud.retryOnConflict} runs a whole
 * action again when it throws this.
 */
public class ConflictException extends GovCloudException {

  private static final long serialVersionUID = 1L;

  /** The kind of aggregate, e.g. {@code resource}. */
  private final String aggregate;

  /** The aggregate's id. */
  private final String id;

  /** The version the write carried, 0 for an insert. */
  private final long expectedVersion;

  /** The version saved, 0 if there is none. */
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param aggregate the kind of aggregate, e.g. {@code resource}, not null
   * @param id its id, not null
   * @param expectedVersion the version the write carried (0 for an insert)
   * @param actualVersion the version saved (0 if there is none)
   */
  public ConflictException(String aggregate, String id, long expectedVersion, long actualVersion) {
    super(
        Objects.requireNonNull(aggregate, "aggregate")
            + " "
            + Objects.requireNonNull(id, "id")
            + (expectedVersion == 0
                ? " already exists (version " + actualVersion + ")"
                : actualVersion == 0
                    ? " does not exist (the write expected version " + expectedVersion + ")"
                    : " was changed by someone else: the write expected version " + expectedVersion
                        + " but version " + actualVersion + " is saved; reload and try again"));
    this.aggregate = aggregate;
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** {@return the kind of aggregate, not null} */
  public String aggregate() {
    return aggregate;
  }

  /** {@return the aggregate's id, not null} */
  public String id() {
    return id;
  }

  /** {@return the version the write carried, 0 for an insert} */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** {@return the version saved, 0 if there is none} */
  public long actualVersion() {
    return actualVersion;
  }
}
