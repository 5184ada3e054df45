package io.govcloud.model;

/** The two business zones of every platform, isolated from each other (Art. 9; docs/rules.md#r8). */
public enum NetworkZone {
  /** 互联网业务区. */
  INTERNET,
  /** 电子政务外网业务区. */
  EXTRANET
}
