package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each role × each action at the service level: exactly the allowed roles succeed; every other role is refused with
 * 403 ({@link ActionNotPermittedException}), or 404 ({@link TicketNotFoundException}) for a department that may not
 * see the ticket, and the refusal changes nothing.
 */
class RoleRulesIT extends WorkflowIntegrationTest {
    private static final String LEAD = "lead";
    private final Actor dispatcher = TestTickets.dispatcher();

    private record Case(String action, Supplier<TicketNo> prepare, String leadDepartment, Set<String> allowed,
            BiConsumer<TicketNo, Actor> act) {
    }

    private Map<String, Actor> actors(String leadDepartment) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        actors.put("agent", TestTickets.agent());
        actors.put("dispatcher", dispatcher);
        actors.put("otherDepartment", TestTickets.department("GAJ"));
        actors.put("supervisor", TestTickets.supervisor());
        actors.put("admin", TestTickets.admin());
        actors.put("system", Actor.system());
        actors.put(LEAD, TestTickets.department(leadDepartment));
        return actors;
    }

    private List<Case> cases() {
        RegisterTicket complaint = TestTickets.socialInsuranceComplaint();
        Supplier<TicketNo> registered = () -> registered(TestTickets.socialInsuranceComplaint()).ticketNo();
        Supplier<TicketNo> dispatched = () -> dispatched(TestTickets.socialInsuranceComplaint()).ticketNo();
        Supplier<TicketNo> signed = () -> signed(TestTickets.socialInsuranceComplaint()).ticketNo();
        Supplier<TicketNo> extensionRequested = () -> {
            TicketNo no = signed.get();
            tickets.requestExtension(no, new ExtensionRequest(2, "核查"), TestTickets.department("SBZX"));
            return no;
        };
        Supplier<TicketNo> awaiting = () -> {
            TicketNo no = signed.get();
            tickets.awaitCitizen(no, "补材料", TestTickets.department("SBZX"));
            return no;
        };
        Supplier<TicketNo> replied = () -> {
            TicketNo no = signed.get();
            tickets.reply(no, "已处理", TestTickets.department("SBZX"));
            return no;
        };
        Supplier<TicketNo> followUp = () -> {
            TicketNo no = replied.get();
            tickets.review(no, new ReviewDecision(true, null), dispatcher);
            return no;
        };
        Supplier<TicketNo> coHandled = () -> {
            TicketNo no = registered.get();
            tickets.dispatch(no, new Dispatch("SBZX", List.of("RSJ"), null), dispatcher);
            tickets.sign(no, TestTickets.department("SBZX"));
            tickets.sign(no, TestTickets.department("RSJ"));
            return no;
        };
        Supplier<TicketNo> districtDispatched = () -> dispatched(TestTickets.streetVendingInJiangcheng()).ticketNo();
        assertThat(complaint.categoryCode()).isEqualTo("C0101");

        return List.of(
                new Case("direct-answer", registered, "SBZX", Set.of("agent"),
                        (no, a) -> tickets.directAnswer(no, new DirectAnswer("答复", null), a)),
                new Case("dispatch", registered, "SBZX", Set.of("dispatcher"),
                        (no, a) -> tickets.dispatch(no, new Dispatch(null, List.of(), null), a)),
                new Case("sign", dispatched, "SBZX", Set.of(LEAD), (no, a) -> tickets.sign(no, a)),
                new Case("return", dispatched, "SBZX", Set.of(LEAD), (no, a) -> tickets.returnTicket(no, "非本单位", a)),
                new Case("notes", signed, "SBZX", Set.of(LEAD), (no, a) -> tickets.addNote(no, "进展", a)),
                new Case("extension", signed, "SBZX", Set.of(LEAD),
                        (no, a) -> tickets.requestExtension(no, new ExtensionRequest(1, "理由"), a)),
                new Case("extension/approve", extensionRequested, "SBZX", Set.of("dispatcher"),
                        (no, a) -> tickets.approveExtension(no, null, a)),
                new Case("extension/deny", extensionRequested, "SBZX", Set.of("dispatcher"),
                        (no, a) -> tickets.denyExtension(no, "不同意", a)),
                new Case("await-citizen", signed, "SBZX", Set.of(LEAD), (no, a) -> tickets.awaitCitizen(no, "补材料", a)),
                new Case("resume", awaiting, "SBZX", Set.of(LEAD), (no, a) -> tickets.resumeFromCitizen(no, null, a)),
                new Case("reply", signed, "SBZX", Set.of(LEAD), (no, a) -> tickets.reply(no, "答复", a)),
                new Case("review", replied, "SBZX", Set.of("dispatcher"),
                        (no, a) -> tickets.review(no, new ReviewDecision(true, null), a)),
                new Case("follow-up", followUp, "SBZX", Set.of("dispatcher", "system"),
                        (no, a) -> tickets.followUp(no, new FollowUp(4, null, Channel.PHONE), a)),
                new Case("merge", registered, "SBZX", Set.of("dispatcher"),
                        (no, a) -> tickets.merge(no, dispatchedMain(), a)),
                new Case("escalate", dispatched, "SBZX", Set.of("supervisor"),
                        (no, a) -> tickets.escalate(no, "督办", a)),
                new Case("close", dispatched, "SBZX", Set.of("dispatcher"), (no, a) -> tickets.close(no, "撤诉", a)),
                new Case("redispatch", districtDispatched, "JC_GOV", Set.of(LEAD),
                        (no, a) -> tickets.redispatch(no, "JC03_JD", null, a)),
                new Case("contribute", coHandled, "RSJ", Set.of(LEAD), (no, a) -> tickets.contribute(no, "意见", a)),
                new Case("reveal", dispatched, "SBZX", Set.of("agent", "dispatcher", "supervisor", LEAD),
                        (no, a) -> tickets.reveal(no, RevealField.CITIZEN_PHONE, a)));
    }

    private TicketNo mainTicket;

    private TicketNo dispatchedMain() {
        if (mainTicket == null) {
            mainTicket = dispatched(TestTickets.socialInsuranceComplaint()).ticketNo();
        }
        return mainTicket;
    }

    @TestFactory
    List<DynamicTest> eachRoleIsAllowedOrRefusedEachAction() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.action(), () -> {
                TicketNo no = c.prepare().get();
                int trail = tickets.timeline(no, dispatcher).size();
                Map<String, Actor> actors = actors(c.leadDepartment());
                for (Map.Entry<String, Actor> entry : actors.entrySet()) {
                    if (c.allowed().contains(entry.getKey())) {
                        continue;
                    }
                    Actor actor = entry.getValue();
                    if (actor.role() == Actor.Role.DEPARTMENT) {
                        assertThatThrownBy(() -> c.act().accept(no, actor)).as(c.action() + " by " + entry.getKey())
                                .isInstanceOfAny(ActionNotPermittedException.class, TicketNotFoundException.class);
                    } else {
                        assertThatThrownBy(() -> c.act().accept(no, actor)).as(c.action() + " by " + entry.getKey())
                                .isInstanceOf(ActionNotPermittedException.class);
                    }
                }
                assertThat(tickets.timeline(no, dispatcher)).as("refusals change nothing").hasSize(trail);
                String allowedKey = c.allowed().iterator().next();
                TicketView before = reload(no);
                assertThat(tickets.find(no, actors.get(allowedKey)).orElseThrow().allowedActions())
                        .as("allowedActions offers " + c.action() + " to " + allowedKey).contains(c.action());
                c.act().accept(no, actors.get(allowedKey));
                assertThat(tickets.timeline(no, dispatcher)).as(c.action() + " by " + allowedKey + " is audited")
                        .hasSizeGreaterThan(trail);
                assertThat(before.ticketNo()).isEqualTo(no);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> onlyAgentsAndTheSystemRegister() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Actor> entry : actors("SBZX").entrySet()) {
            tests.add(DynamicTest.dynamicTest(entry.getKey(), () -> {
                Actor.Role role = entry.getValue().role();
                if (role == Actor.Role.AGENT || role == Actor.Role.SYSTEM) {
                    assertThat(tickets.register(TestTickets.socialInsuranceComplaint(), entry.getValue()).status())
                            .isEqualTo(TicketStatus.REGISTERED);
                } else {
                    assertThatThrownBy(() -> tickets.register(TestTickets.socialInsuranceComplaint(),
                            entry.getValue())).isInstanceOf(ActionNotPermittedException.class);
                }
            }));
        }
        return tests;
    }
}
