/**
 * The working-day calendar and the legal deadlines of the measures (rule R1): {@link
 * io.govcloud.core.calendar.WorkingDayCalendar}, {@link io.govcloud.core.calendar.Deadlines} and the
 * {@link io.govcloud.core.calendar.StatutoryDeadline} table of Art. 12, 17, 20, 25 and 26; for a year
 * whose State Council notice is not loaded, the provisional count from the statutory holidays of the
 * 全国年节及纪念日放假办法 ({@link io.govcloud.core.calendar.StatutoryHolidays}, {@link
 * io.govcloud.core.calendar.HolidayMeasure}).
 */
package io.govcloud.core.calendar;
