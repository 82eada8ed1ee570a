package org.hotline.telephony.call;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hotline.telephony.AgentCallStats;
import org.hotline.telephony.CallPage;
import org.hotline.telephony.CallQuery;
import org.hotline.telephony.CallRecord;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.CallStats;
import org.hotline.telephony.UnknownCallException;
import org.hotline.telephony.config.TelephonyProperties;
import org.springframework.stereotype.Service;

@Service
class DbCallRecords implements CallRecords {

    static final double CONNECTION_RATE_GOAL = 0.95;
    private static final Duration DAY = Duration.ofHours(24);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CallRecordMapper mapper;
    private final TelephonyProperties properties;

    DbCallRecords(CallRecordMapper mapper, TelephonyProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    @Override
    public Optional<CallRecord> find(String callId) {
        if (callId == null || callId.isBlank() || callId.length() > 64) {
            return Optional.empty();
        }
        CallRow row = mapper.findByCallId(callId);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(withTickets(List.of(row)).get(0));
    }

    @Override
    public CallPage search(CallQuery query) {
        Instant to = query.to() == null ? Instant.now() : query.to();
        Instant from = query.from() == null ? to.minus(DAY) : query.from();
        String disposition = query.disposition() == null ? null : query.disposition().name();
        long total = mapper.count(from, to, query.agent(), disposition);
        List<CallRow> rows = mapper.search(from, to, query.agent(), disposition, query.size(),
                (long) query.page() * query.size());
        return new CallPage(withTickets(rows), query.page(), query.size(), total);
    }

    @Override
    public List<CallRecord> ofTicket(String ticketNo) {
        if (ticketNo == null || ticketNo.isBlank() || ticketNo.length() > 32) {
            throw new IllegalArgumentException("ticket number must be 1..32 characters");
        }
        return withTickets(mapper.ofTicket(ticketNo.trim()));
    }

    @Override
    public List<CallRecord> recentOf(String callerNumber, int limit) {
        if (callerNumber == null || callerNumber.isBlank() || callerNumber.length() > 32) {
            throw new IllegalArgumentException("caller number must be 1..32 characters");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100");
        }
        return withTickets(mapper.recentOf(callerNumber.trim(), limit));
    }

    @Override
    public void linkTicket(String callId, String ticketNo) {
        if (ticketNo == null || ticketNo.isBlank() || ticketNo.length() > 32) {
            throw new IllegalArgumentException("ticket number must be 1..32 characters");
        }
        if (callId == null || mapper.findByCallId(callId) == null) {
            throw new UnknownCallException(callId);
        }
        mapper.linkTicket(callId, ticketNo.trim(), Instant.now());
    }

    @Override
    public CallStats stats(Instant from, Instant to) {
        checkRange(from, to);
        CallStatsRow range = mapper.stats(from, to, level(), null);
        CallStatsRow day = mapper.stats(to.minus(DAY), to, level(), null);
        long waiting = mapper.countWaiting(Instant.now().minus(DAY));
        return toStats(from, to, range, day, waiting);
    }

    @Override
    public List<CallStats> dailyStats(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to) || from.plusYears(1).isBefore(to)) {
            throw new IllegalArgumentException("from and to are required, from not after to, at most one year");
        }
        List<CallStats> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay(CHINA).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(CHINA).toInstant();
            CallStatsRow row = mapper.stats(start, end, level(), null);
            days.add(toStats(start, end, row, row, 0));
        }
        return days;
    }

    @Override
    public List<AgentCallStats> agentStats(Instant from, Instant to, String agent) {
        checkRange(from, to);
        return mapper.agentStats(from, to, level(), agent).stream()
                .map(r -> new AgentCallStats(r.agent, r.answered, r.answeredWithinLevel,
                        ratio(r.answeredWithinLevel, r.answered, 1.0), mean(r.waitSum, r.answered),
                        mean(r.handleSum, r.handled)))
                .toList();
    }

    private static void checkRange(Instant from, Instant to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("from and to are required and from must not be after to");
        }
        if (Duration.between(from, to).compareTo(CallQuery.MAX_RANGE) > 0) {
            throw new IllegalArgumentException("range must not exceed one year");
        }
    }

    private int level() {
        return (int) properties.getServiceLevel().toSeconds();
    }

    private static CallStats toStats(Instant from, Instant to, CallStatsRow range, CallStatsRow day, long waiting) {
        long toAnswer = range.offered - range.shortAbandoned;
        double connection24h = ratio(day.answered, day.offered - day.shortAbandoned, 1.0);
        return new CallStats(from, to, range.offered, range.answered, range.answeredWithinLevel, range.abandoned,
                range.shortAbandoned, range.ivrOnly, waiting, ratio(range.answeredWithinLevel, toAnswer, 1.0),
                ratio(range.answered, toAnswer, 1.0), connection24h, CONNECTION_RATE_GOAL,
                connection24h >= CONNECTION_RATE_GOAL, mean(range.waitSum, range.answered),
                ratio(range.abandoned, toAnswer, 0.0), mean(range.handleSum, range.handled), range.timedOut,
                range.queueFull, range.leftEmpty);
    }

    private static double ratio(long part, long whole, double whenEmpty) {
        return whole <= 0 ? whenEmpty : Math.min(1.0, (double) part / whole);
    }

    private static double mean(long sum, long count) {
        return count == 0 ? 0.0 : (double) sum / count;
    }

    private List<CallRecord> withTickets(List<CallRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> tickets = new LinkedHashMap<>();
        List<String> ids = rows.stream().map(r -> r.callId).toList();
        for (CallTicketRow link : mapper.ticketsOf(ids)) {
            tickets.computeIfAbsent(link.callId, k -> new ArrayList<>()).add(link.ticketNo);
        }
        return rows.stream().map(r -> r.toRecord(tickets.getOrDefault(r.callId, List.of()))).toList();
    }
}
