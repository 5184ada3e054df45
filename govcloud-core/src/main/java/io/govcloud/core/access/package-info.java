/**
 * Access checks of rule R9: who may act on what (Art. 5, 12, 19, 33, 44), and the refusals of {@link
 * io.govcloud.core.access.AccessViolations}, which never tell an unknown id from a forbidden one.
 */
package io.govcloud.core.access;
