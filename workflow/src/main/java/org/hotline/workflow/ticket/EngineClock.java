package org.hotline.workflow.ticket;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The module's notion of "now": the process engine's clock, so that business timestamps, deadlines and timer jobs
 * agree (tests move the engine clock to fire timers). Whole seconds: MySQL connections run with
 * {@code sendFractionalSeconds=false} (required by Camunda), so anything finer would differ once stored. Internal to
 * the workflow module.
 */
@Component
public class EngineClock {

    /** @return the engine's current time */
    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
