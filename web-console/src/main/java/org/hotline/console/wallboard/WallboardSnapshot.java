package org.hotline.console.wallboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hotline.console.push.PushPayload;

/**
 * The supervisors' wallboard at one instant: {@code GET /api/analytics/wallboard} and the payload of the push
 * message {@code wallboard}.
 *
 * @param at      when it was taken
 * @param calls   today's calls (China time) and the callers waiting now
 * @param agents  the agents by state, and each agent
 * @param tickets today's tickets by channel, overdue and escalated now
 */
public record WallboardSnapshot(Instant at, Calls calls, Agents agents, Tickets tickets) implements PushPayload {

    @Override
    public String messageType() {
        return "wallboard";
    }

    /** @return the same figures taken at another instant (to compare two snapshots by content) */
    WallboardSnapshot at(Instant other) {
        return new WallboardSnapshot(other, calls, agents, tickets);
    }

    /**
     * @param waiting               callers waiting in the queue now
     * @param longestWaitSeconds    how long the longest-waiting caller has waited (0 when nobody waits)
     * @param offeredToday          calls offered to the queue today
     * @param answeredToday         of those, answered by an agent
     * @param answeredWithin15sToday answered within the service-level time (15 s)
     * @param serviceLevelToday     answered within 15 s / calls to answer (short abandons excluded); absent without
     *                              calls
     * @param abandonedToday        callers who hung up while waiting (short abandons excluded)
     * @param abandonRateToday      abandoned / calls to answer; absent without calls
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Calls(long waiting, long longestWaitSeconds, long offeredToday, long answeredToday,
                        long answeredWithin15sToday, Double serviceLevelToday, long abandonedToday,
                        Double abandonRateToday) {
    }

    /** Agents per state; {@code talking} includes agents whose phone rings. */
    public record Agents(long ready, long talking, long wrapUp, long paused, long offline, List<Agent> list) {
    }

    /**
     * @param state READY, TALKING, WRAP_UP, PAUSED or OFFLINE
     */
    public record Agent(String username, String name, String state, String pauseReason, Instant since) {
    }

    /** @param byChannel per channel (PHONE, WECHAT, WEB, APP, EMAIL, SMS) */
    public record Tickets(long registeredToday, Map<String, Long> byChannel, long overdueNow, long escalatedNow) {
    }
}
