package org.hotline.workflow.analytics;

import java.util.List;
import org.hotline.workflow.Category;
import org.hotline.workflow.MergedTicketClosed;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.TicketClosed;
import org.hotline.workflow.TicketDispatched;
import org.hotline.workflow.TicketEscalated;
import org.hotline.workflow.TicketExtended;
import org.hotline.workflow.TicketFollowedUp;
import org.hotline.workflow.TicketMerged;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketRegistered;
import org.hotline.workflow.TicketReplied;
import org.hotline.workflow.TicketReturned;
import org.hotline.workflow.TicketSigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a ticket's fact and its rollup rows current: on every ticket event, inside the command's transaction (the
 * ticket row is locked by the command), it recomputes the ticket's fact from the ticket and moves the ticket's
 * contribution in the rollup from the old fact to the new one. The figures thus always equal what a rebuild from
 * the tickets would give, whatever happened in between.
 */
@Component
class TicketFactRefresher {
    private final AnalyticsMapper mapper;
    private final RollupWriter rollups;
    private final OrgDirectory org;
    private final TicketSources sources;

    TicketFactRefresher(AnalyticsMapper mapper, RollupWriter rollups, OrgDirectory org, TicketSources sources) {
        this.mapper = mapper;
        this.sources = sources;
        this.rollups = rollups;
        this.org = org;
    }

    @EventListener
    void on(TicketRegistered event) {
        refresh(event.no());
    }

    @EventListener
    void on(TicketDispatched event) {
        refresh(event.no());
    }

    @EventListener
    void on(TicketSigned event) {
        refresh(event.no());
    }

    @EventListener
    void on(TicketReturned event) {
        refresh(event.no());
    }

    @EventListener
    void on(TicketExtended event) {
        refresh(event.no());
    }

    @EventListener
    void on(TicketEscalated event) {
        refresh(event.no());
    }

    @EventListener
    void on(TicketReplied event) {
        refresh(event.no());
    }

    @EventListener
    void on(TicketClosed event) {
        refresh(event.no());
    }

    @EventListener
    void on(TicketMerged event) {
        refresh(event.duplicateNo());
    }

    @EventListener
    void on(MergedTicketClosed event) {
        refresh(event.duplicateNo());
    }

    @EventListener
    void on(TicketFollowedUp event) {
        mapper.insertFollowUp(event.no().toString(), event.at(), event.satisfaction(), event.resolved(),
                event.via().jsonValue(), event.reopened());
        refresh(event.no());
    }

    void refresh(TicketNo no) {
        TicketSource source = sources.one(no.toString());
        if (source == null) {
            return;
        }
        TicketFact old = mapper.findFact(source.ticketNo);
        boolean repeat = old != null ? old.counts.repeatRequest == 1 : hasEarlierTicket(source);
        TicketFact current = FactDefinitions.fact(source, categoryGroup(org, source.categoryCode), repeat);
        if (current.sameAs(old)) {
            return;
        }
        mapper.upsertFacts(List.of(current));
        rollups.replace(old, current);
    }

    private boolean hasEarlierTicket(TicketSource source) {
        String addressKey = AddressKey.of(source.address);
        if (source.citizenPhone == null && addressKey == null) {
            return false;
        }
        return mapper.countEarlierTickets(source.citizenPhone, addressKey,
                source.registeredAt.minus(FactDefinitions.REPEAT_WINDOW), source.registeredAt, source.ticketNo) > 0;
    }

    static String categoryGroup(OrgDirectory org, String categoryCode) {
        return org.category(categoryCode).map(Category::parentCode).orElse("");
    }
}
