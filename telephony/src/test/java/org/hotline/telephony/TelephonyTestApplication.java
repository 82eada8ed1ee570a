package org.hotline.telephony;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** Boots the telephony module alone on the test database, with real test implementations of its ports. */
@SpringBootApplication
public class TelephonyTestApplication {

    /** Ticket statuses the IVR can read back, keyed by ticket number. */
    public static class InMemoryTicketStatuses implements TicketStatusLookup {
        private final Map<String, TicketStatusInfo> statuses = new ConcurrentHashMap<>();

        /** A ticket registered from the recorded session's caller, 13800138000. */
        public void put(String ticketNo, String promptKey) {
            put(ticketNo, promptKey, "13800138000");
        }

        public void put(String ticketNo, String promptKey, String citizenPhone) {
            statuses.put(ticketNo, new TicketStatusInfo(ticketNo, promptKey, citizenPhone));
        }

        @Override
        public Optional<TicketStatusInfo> statusOf(String ticketNo) {
            return Optional.ofNullable(statuses.get(ticketNo));
        }
    }

    /** Survey results as the application would receive them. */
    public static class RecordedSurveys implements SurveyResultSink {
        public record Result(String callId, int score) {
        }

        private final List<Result> results = new CopyOnWriteArrayList<>();

        @Override
        public void surveyCompleted(String callId, int score) {
            results.add(new Result(callId, score));
        }

        public List<Result> of(String callId) {
            return results.stream().filter(r -> r.callId().equals(callId)).toList();
        }
    }

    /** Every telephony event published, in order. */
    public static class RecordedEvents {
        private final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CallStarted e) { events.add(e); }

        @EventListener
        void on(CallQueued e) { events.add(e); }

        @EventListener
        void on(CallOffered e) { events.add(e); }

        @EventListener
        void on(CallAnswered e) { events.add(e); }

        @EventListener
        void on(CallEnded e) { events.add(e); }

        @EventListener
        void on(CallAbandoned e) { events.add(e); }

        @EventListener
        void on(CallLeftQueue e) { events.add(e); }

        @EventListener
        void on(AgentStateChanged e) { events.add(e); }

        @EventListener
        void on(EmergencyTransferred e) { events.add(e); }

        @EventListener
        void on(RecordingStarted e) { events.add(e); }

        @EventListener
        void on(ContactReceived e) { events.add(e); }

        @EventListener
        void on(ContactClaimed e) { events.add(e); }

        @EventListener
        void on(ContactAnswered e) { events.add(e); }

        @EventListener
        void on(ContactTicketRegistered e) { events.add(e); }

        @EventListener
        void on(ContactResponseBreached e) { events.add(e); }

        public <T> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        /** @return the events about one call, in order */
        public List<Object> ofCall(String callId) {
            return events.stream().filter(e -> callId.equals(callIdOf(e))).toList();
        }

        private static String callIdOf(Object event) {
            if (event instanceof CallStarted e) return e.callId();
            if (event instanceof CallQueued e) return e.callId();
            if (event instanceof CallOffered e) return e.callId();
            if (event instanceof CallAnswered e) return e.callId();
            if (event instanceof CallEnded e) return e.callId();
            if (event instanceof CallAbandoned e) return e.callId();
            if (event instanceof CallLeftQueue e) return e.callId();
            if (event instanceof EmergencyTransferred e) return e.callId();
            if (event instanceof RecordingStarted e) return e.callId();
            return null;
        }
    }

    @Bean
    InMemoryTicketStatuses ticketStatuses() {
        return new InMemoryTicketStatuses();
    }

    @Bean
    RecordedSurveys surveys() {
        return new RecordedSurveys();
    }

    @Bean
    RecordedEvents recordedEvents() {
        return new RecordedEvents();
    }
}
