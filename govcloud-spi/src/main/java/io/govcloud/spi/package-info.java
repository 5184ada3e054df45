/**
 * The ports a host system implements or chooses an implementation of: stores, unit of work, notifier,
 * and the holiday schedule source. Implementations know nothing of the rules.
 */
package io.govcloud.spi;
