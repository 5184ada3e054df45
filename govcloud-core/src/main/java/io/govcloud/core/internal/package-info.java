/**
 * The machinery behind the facets, not exported: {@code ActionRunner} runs every action as one audited
 * unit of work; one command class per capability ({@code RegistrationCommands}, {@code
 * LifecycleCommands}, {@code EmergencyCommands}, {@code BillingCommands}, {@code RecordCommands}, {@code
 * ReallocationCommands}, {@code AcceptanceCommands} with its {@code RectificationCommands}, {@code
 * PaymentCommands}) built together in {@code Capabilities}; {@code ReductionCaseSweep} moves the
 * reduction cases whose period ended; {@code Statements} draws annual statements with their deductions
 * and payments; {@code Notices} holds every notification text; {@code Chinese} the Chinese terms of the
 * model's codes; {@code AuditJson} and {@code Snapshots} write the audit trail's values as JSON.
 */
package io.govcloud.core.internal;
