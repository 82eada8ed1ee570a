package org.hotline.workflow.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hotline.workflow.Actor;
import org.hotline.workflow.CitizenHistory;
import org.hotline.workflow.TicketView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CitizenHistoryService implements CitizenHistory {

    static final int MAX_LIMIT = 50;

    private final CitizenHistoryMapper history;
    private final TicketDetailMapper details;
    private final TicketViews views;
    private final EngineClock clock;

    CitizenHistoryService(CitizenHistoryMapper history, TicketDetailMapper details, TicketViews views,
                          EngineClock clock) {
        this.history = history;
        this.details = details;
        this.views = views;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TicketView> recentTickets(String citizenPhone, int limit, Actor actor) {
        if (citizenPhone == null || citizenPhone.isBlank() || citizenPhone.length() > 32) {
            throw new IllegalArgumentException("citizen phone must be 1..32 characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        Instant now = clock.now();
        List<TicketView> found = new ArrayList<>();
        for (TicketRow row : history.findRecentByPhone(citizenPhone.strip(), limit)) {
            List<CoHandlerRow> coHandlers = details.findCoHandlers(row.ticketNo);
            if (TicketViews.visible(row, coHandlers, actor)) {
                found.add(views.view(row, coHandlers, actor, now));
            }
        }
        return found;
    }
}
