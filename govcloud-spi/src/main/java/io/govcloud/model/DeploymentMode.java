package io.govcloud.model;

/**
 * How a department builds on the cloud (Art. 13): shared cloud by default; the others need the
 * authority's consent with a stated reason, and dedicated and hosted platforms must open a data
 * interface and install the management software before they are opened.
 */
public enum DeploymentMode {
  /** 共享云: the default. */
  SHARED,
  /** 专享云. */
  DEDICATED,
  /** 云托管. */
  HOSTING,
  /** 裸金属服务器租用. */
  BARE_METAL;

  /** {@return whether the authority must consent (Art. 13 1st para)} */
  public boolean needsConsent() {
    return this != SHARED;
  }

  /** {@return whether a data interface and the management software are required before opening (Art. 13 3rd para)} */
  public boolean needsIntegration() {
    return this == DEDICATED || this == HOSTING;
  }
}
