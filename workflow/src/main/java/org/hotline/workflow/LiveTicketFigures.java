package org.hotline.workflow;

import java.time.LocalDate;
import java.util.Map;

/**
 * The ticket part of the supervisors' wallboard.
 *
 * @param day             today, China time
 * @param registeredToday tickets registered today
 * @param byChannel       of those, per channel (enum name, e.g. {@code PHONE}), every channel present (0 when none)
 * @param overdueNow      open tickets past their sign or handle deadline now
 * @param escalatedNow    tickets with a 督办 chain that awaits the department's answer (open or overdue) now
 */
public record LiveTicketFigures(LocalDate day, long registeredToday, Map<String, Long> byChannel, long overdueNow,
                                long escalatedNow) {

    public LiveTicketFigures {
        byChannel = Map.copyOf(byChannel);
    }
}
