package org.hotline.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of the module's integration tests: one cached Spring context on MariaDB {@code hotline_workflow_test}, the
 * sample city seeded, the engine clock reset after each test.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
public abstract class WorkflowIntegrationTest {
    @Autowired
    protected TicketService tickets;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected RuntimeService runtime;

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    protected TicketView registered(RegisterTicket command) {
        return tickets.register(command, TestTickets.agent());
    }

    protected TicketView dispatched(RegisterTicket command) {
        TicketView view = registered(command);
        return tickets.dispatch(view.ticketNo(), new Dispatch(null, List.of(), null), TestTickets.dispatcher());
    }

    protected TicketView signed(RegisterTicket command) {
        TicketView view = dispatched(command);
        return tickets.sign(view.ticketNo(), TestTickets.department(view.departmentCode()));
    }

    protected TicketView reload(TicketNo no) {
        return tickets.find(no, TestTickets.supervisor()).orElseThrow();
    }

    /** Moves the engine clock to {@code at} and executes every lifecycle timer of this ticket due by then. */
    protected int fireTimersDueBy(TicketNo no, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        String processInstanceId = runtime.createProcessInstanceQuery().processDefinitionKey("ticketLifecycle")
                .processInstanceBusinessKey(no.toString()).singleResult().getId();
        List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).timers()
                .duedateLowerThan(Date.from(at.plusSeconds(1))).list();
        for (Job job : due) {
            management.executeJob(job.getId());
        }
        return due.size();
    }
}
