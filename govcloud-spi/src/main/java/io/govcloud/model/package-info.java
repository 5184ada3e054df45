/**
 * The published model of govcloud: immutable values and aggregates shared by the rules
 * ({@code govcloud-core}) and the stores that keep them. Every type here is immutable and thread-safe.
 */
package io.govcloud.model;
