/**
 * The resource lifecycle of docs/rules.md#r5 and the registrations of R8 as pure rules: applications and
 * emergency reports ({@link io.govcloud.core.lifecycle.Applications}), transitions ({@link
 * io.govcloud.core.lifecycle.Lifecycle}), registrations ({@link io.govcloud.core.registry.Registration}).
 */
package io.govcloud.core.lifecycle;
