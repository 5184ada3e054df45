/**
 * The working-day calendar and the legal deadlines of the measures (RULES.md R1): {@link
 * io.govcloud.core.calendar.WorkingDayCalendar}, {@link io.govcloud.core.calendar.Deadlines} and the
 * {@link io.govcloud.core.calendar.StatutoryDeadline} table of Art. 12, 17, 20, 25 and 26.
 */
package io.govcloud.core.calendar;
