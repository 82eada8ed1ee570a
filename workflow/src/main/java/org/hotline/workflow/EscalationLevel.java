package org.hotline.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Set;

/**
 * One level of a 督办 chain: a notice the department must answer (督办反馈) within the level's window. Immutable.
 *
 * @param level         1-based level number
 * @param name          the level's configured name, e.g. 一级督办
 * @param addressees    who the notice is addressed to besides the department
 * @param card          the card this level counts against the department
 * @param trigger       what raised it
 * @param raisedBy      the supervisor's username, {@code system} for levels raised by deadlines and the chain
 * @param issuedAt      when it was issued
 * @param feedbackDueAt the end of its feedback window (working days from issue)
 * @param missedAt      when its window passed without an answer, or null
 * @param answeredAt    when the department answered at this level, or null
 * @param answeredBy    the department user who answered, or null
 * @param feedback      the answer (ID numbers masked for the reader), or null
 */
public record EscalationLevel(int level, String name, Set<EscalationAudience> addressees, Card card,
        LevelTrigger trigger, String raisedBy, Instant issuedAt, Instant feedbackDueAt, Instant missedAt,
        Instant answeredAt, String answeredBy, String feedback) {

    public EscalationLevel {
        addressees = addressees == null ? Set.of() : Set.copyOf(addressees);
    }

    /** @return whether the answer came within the window (false while unanswered); in JSON as {@code answeredOnTime} */
    @JsonProperty("answeredOnTime")
    public boolean answeredOnTime() {
        return answeredAt != null && !answeredAt.isAfter(feedbackDueAt);
    }
}
