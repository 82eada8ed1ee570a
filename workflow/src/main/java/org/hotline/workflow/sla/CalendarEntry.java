package org.hotline.workflow.sla;

import java.time.LocalDate;
import org.hotline.workflow.DayKind;

/** A row of {@code workflow_calendar_day}. */
record CalendarEntry(LocalDate date, DayKind kind, String name) {
}
