package io.govcloud.spi;

import io.govcloud.model.GovCloudException;
import java.util.Objects;

/**
 * An infrastructure fault of a store (a lost connection, a full disk, a broken schema): the operation
 * named did not happen, and nothing of its unit of work was kept. A member of the {@link
 * GovCloudException} family; never retried by govcloud.
 */
public class StoreException extends GovCloudException {

  private static final long serialVersionUID = 1L;

  /** The operation that failed, e.g. {@code update resource r-1}. */
  private final String operation;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed, e.g. {@code update resource r-1}, not null
   * @param message what went wrong, not null
   * @param cause the underlying fault, may be null
   */
  public StoreException(String operation, String message, Throwable cause) {
    super(Objects.requireNonNull(operation, "operation") + ": " + Objects.requireNonNull(message, "message"), cause);
    this.operation = operation;
  }

  /** {@return the operation that failed, not null} */
  public String operation() {
    return operation;
  }
}
