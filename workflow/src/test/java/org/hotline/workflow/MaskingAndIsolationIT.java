package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Personal data masking, reveal and department isolation at the service level. */
class MaskingAndIsolationIT extends WorkflowIntegrationTest {
    private static final String ID = "990102199001011234";
    private static final String MASKED_ID = "990102********1234";

    @Test
    void departmentSeesMaskedPhoneAndIdNumbersMaskedForEveryoneButTheRegisteringAgent() {
        RegisterTicket command = TestTickets.withContent(TestTickets.socialInsuranceComplaint(), "我的身份证" + ID);
        TicketNo no = dispatched(command).ticketNo();
        String phone = command.citizenPhone();
        String maskedPhone = phone.substring(0, 3) + "****" + phone.substring(7);

        TicketView department = tickets.find(no, TestTickets.department("SBZX")).orElseThrow();
        assertThat(department.citizenPhone()).isEqualTo(maskedPhone);
        assertThat(department.content()).contains(MASKED_ID).doesNotContain(ID);

        TicketView registeringAgent = tickets.find(no, TestTickets.agent()).orElseThrow();
        assertThat(registeringAgent.citizenPhone()).isEqualTo(phone);
        assertThat(registeringAgent.content()).contains(ID);

        TicketView otherAgent = tickets.find(no, TestTickets.otherAgent()).orElseThrow();
        assertThat(otherAgent.content()).contains(MASKED_ID);
        TicketView dispatcher = tickets.find(no, TestTickets.dispatcher()).orElseThrow();
        assertThat(dispatcher.citizenPhone()).isEqualTo(phone);
        assertThat(dispatcher.content()).contains(MASKED_ID);
    }

    @Test
    void confidentialReporterIsHiddenFromDepartmentsAndRevealIsRefusedToThem() {
        RegisterTicket command = TestTickets.confidentialReport();
        TicketNo no = dispatched(command).ticketNo();
        Actor department = TestTickets.department(reload(no).departmentCode());

        TicketView seen = tickets.find(no, department).orElseThrow();
        assertThat(seen.citizenPhone()).isNull();
        assertThat(seen.citizenName()).isNull();
        assertThat(seen.allowedActions()).doesNotContain("reveal");
        assertThatThrownBy(() -> tickets.reveal(no, RevealField.CITIZEN_PHONE, department))
                .isInstanceOf(ActionNotPermittedException.class);
        assertThat(tickets.find(no, TestTickets.otherAgent()).orElseThrow().citizenPhone()).isNull();
        assertThat(tickets.find(no, TestTickets.supervisor()).orElseThrow().citizenPhone())
                .isEqualTo(command.citizenPhone());
        assertThat(tickets.find(no, TestTickets.agent()).orElseThrow().citizenPhone())
                .isEqualTo(command.citizenPhone());
    }

    @Test
    void revealShowsTheClearValueAndIsAudited() {
        RegisterTicket command = TestTickets.withContent(TestTickets.socialInsuranceComplaint(), "身份证" + ID);
        TicketNo no = dispatched(command).ticketNo();
        Actor department = TestTickets.department("SBZX");

        assertThat(tickets.reveal(no, RevealField.CITIZEN_PHONE, department)).isEqualTo(command.citizenPhone());
        assertThat(tickets.reveal(no, RevealField.CONTENT, TestTickets.dispatcher())).contains(ID);

        assertThat(tickets.timeline(no, TestTickets.supervisor())).extracting(TimelineEntry::action)
                .endsWith("reveal-phone", "reveal-content");
    }

    @Test
    void notesInTheTimelineAreMaskedLikeTheContent() {
        TicketNo no = signed(TestTickets.socialInsuranceComplaint()).ticketNo();
        tickets.addNote(no, "核对身份证" + ID, TestTickets.department("SBZX"));

        assertThat(tickets.timeline(no, TestTickets.supervisor())).last()
                .satisfies(e -> assertThat(e.note()).contains(MASKED_ID).doesNotContain(ID));
    }

    @Test
    void anotherDepartmentNeverLearnsTheTicketExists() {
        TicketNo no = dispatched(TestTickets.socialInsuranceComplaint()).ticketNo();
        Actor police = TestTickets.department("GAJ");

        assertThat(tickets.find(no, police)).isEmpty();
        assertThatThrownBy(() -> tickets.timeline(no, police)).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> tickets.sign(no, police)).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> tickets.reveal(no, RevealField.CONTENT, police))
                .isInstanceOf(TicketNotFoundException.class);
    }

    @Test
    void aRoutedTicketIsInvisibleToItsDepartmentUntilDispatched() {
        TicketView ticket = registered(TestTickets.socialInsuranceComplaint());
        Actor sbzx = TestTickets.department("SBZX");

        assertThat(tickets.find(ticket.ticketNo(), sbzx)).isEmpty();
        tickets.dispatch(ticket.ticketNo(), new Dispatch(null, java.util.List.of(), null), TestTickets.dispatcher());
        assertThat(tickets.find(ticket.ticketNo(), sbzx)).isPresent();
    }

    @Test
    void departmentSearchIsForcedToItsOwnAndCoHandledTickets() {
        TicketNo own = dispatched(TestTickets.socialInsuranceComplaint()).ticketNo();
        TicketNo coHandled = registered(TestTickets.socialInsuranceComplaint()).ticketNo();
        tickets.dispatch(coHandled, new Dispatch("RSJ", java.util.List.of("SBZX"), null), TestTickets.dispatcher());
        TicketNo foreign = dispatched(TestTickets.gasLeak()).ticketNo();

        TicketPage page = tickets.search(new TicketQuery(null, "RQGS", null, 0, 200), TestTickets.department("SBZX"));

        assertThat(page.items()).extracting(TicketView::ticketNo).contains(own, coHandled).doesNotContain(foreign);
        assertThat(page.items()).allSatisfy(v -> assertThat(v.departmentCode().equals("SBZX")
                || v.coHandlerDepartmentCodes().contains("SBZX")).isTrue());
        assertThat(page.total()).isGreaterThanOrEqualTo(2);
    }
}
