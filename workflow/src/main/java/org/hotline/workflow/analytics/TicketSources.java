package org.hotline.workflow.analytics;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads what the facts are computed from, for one ticket (live) or a batch (rebuild) alike: the ticket rows, then
 * their returns, approved extensions and follow-ups in one query each.
 */
@Component
class TicketSources {
    private final AnalyticsMapper mapper;

    TicketSources(AnalyticsMapper mapper) {
        this.mapper = mapper;
    }

    /** @return the ticket, or null when there is none with this number */
    TicketSource one(String ticketNo) {
        TicketSource source = mapper.findSource(ticketNo);
        if (source != null) {
            complete(List.of(source));
        }
        return source;
    }

    /** @return up to {@code limit} tickets after ({@code afterAt}, {@code afterNo}) in registration order */
    List<TicketSource> batch(Instant afterAt, String afterNo, int limit) {
        List<TicketSource> sources = mapper.findSources(afterAt, afterNo, limit);
        if (!sources.isEmpty()) {
            complete(sources);
        }
        return sources;
    }

    private void complete(List<TicketSource> sources) {
        Map<String, TicketSource> byNo = new HashMap<>();
        sources.forEach(s -> byNo.put(s.ticketNo, s));
        List<String> numbers = List.copyOf(byNo.keySet());
        mapper.countReturns(numbers).forEach(r -> byNo.get(r.key()).returns = (int) r.count());
        mapper.countApprovedExtensions(numbers).forEach(r -> byNo.get(r.key()).approvedExtensions = (int) r.count());
        for (FollowUpRow f : mapper.findFollowUps(numbers)) {
            TicketSource source = byNo.get(f.ticketNo());
            source.lastSatisfaction = f.satisfaction();
            source.lastResolved = f.resolved();
        }
    }
}
