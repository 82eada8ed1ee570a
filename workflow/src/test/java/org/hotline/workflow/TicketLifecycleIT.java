package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class TicketLifecycleIT extends WorkflowIntegrationTest {
    @Autowired
    RoutingRules routingRules;
    @Autowired
    ApplicationEvents events;

    @Test
    void takesAComplaintFromRegistrationToClosedSatisfied() {
        TicketView registered = registered(TestTickets.socialInsuranceComplaint());
        assertThat(registered.status()).isEqualTo(TicketStatus.REGISTERED);
        assertThat(registered.ticketNo().toString()).matches("JH\\d{14}");
        assertThat(registered.departmentCode()).isEqualTo("SBZX");
        assertThat(registered.routingDecisionVersion()).isEqualTo(routingRules.currentDecisionVersion());
        assertThat(registered.signDueAt()).isAfter(registered.registeredAt());
        assertThat(registered.allowedActions()).contains("direct-answer");
        TicketNo no = registered.ticketNo();

        TicketView dispatched = tickets.dispatch(no, new Dispatch(null, List.of(), "请核实"), TestTickets.dispatcher());
        assertThat(dispatched.status()).isEqualTo(TicketStatus.DISPATCHED);
        Actor sbzx = TestTickets.department("SBZX");
        assertThat(tickets.sign(no, sbzx).status()).isEqualTo(TicketStatus.IN_PROGRESS);
        tickets.addNote(no, "已电话联系企业", sbzx);
        assertThat(tickets.reply(no, "已责令企业为其补缴社保", sbzx).status()).isEqualTo(TicketStatus.REPLIED);
        assertThat(tickets.review(no, new ReviewDecision(true, null), TestTickets.dispatcher()).status())
                .isEqualTo(TicketStatus.FOLLOW_UP);
        TicketView closed = tickets.followUp(no, new FollowUp(5, "满意", Channel.PHONE), TestTickets.dispatcher());

        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.closure()).isEqualTo(Closure.SATISFIED);
        assertThat(closed.satisfaction()).isEqualTo(5);
        assertThat(closed.allowedActions()).doesNotContain("dispatch", "sign", "reply");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(no.toString()).count()).isZero();
        assertThat(tickets.timeline(no, TestTickets.supervisor())).extracting(TimelineEntry::action)
                .containsExactly("register", "dispatch", "sign", "notes", "reply", "review", "follow-up");
        assertThat(tickets.timeline(no, TestTickets.supervisor())).extracting(TimelineEntry::toStatus)
                .containsExactly(TicketStatus.REGISTERED, TicketStatus.DISPATCHED, TicketStatus.IN_PROGRESS,
                        TicketStatus.IN_PROGRESS, TicketStatus.REPLIED, TicketStatus.FOLLOW_UP, TicketStatus.CLOSED);
        assertThat(events.stream(TicketRegistered.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> assertThat(e.departmentCode()).isEqualTo("SBZX"));
        assertThat(events.stream(TicketDispatched.class).filter(e -> e.no().equals(no))).hasSize(1);
        assertThat(events.stream(TicketReplied.class).filter(e -> e.no().equals(no))).hasSize(1);
        assertThat(events.stream(TicketClosed.class).filter(e -> e.no().equals(no))).singleElement()
                .satisfies(e -> assertThat(e.closure()).isEqualTo(Closure.SATISFIED));
    }
}
