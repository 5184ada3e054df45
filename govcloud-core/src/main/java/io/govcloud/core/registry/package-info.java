/**
 * The registrations of rule R8 (Art. 9–12, 19, 20, 28, 29, 42): providers, departments, platforms,
 * projects and contracts, as pure checks of what the store holds ({@link
 * io.govcloud.core.registry.Registration}), and their refusals ({@link
 * io.govcloud.core.registry.RegistrationViolations}).
 */
package io.govcloud.core.registry;
