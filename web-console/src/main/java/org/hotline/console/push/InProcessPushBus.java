package org.hotline.console.push;

/** The single-node bus of the embedded default: delivers straight to this node's sessions. */
final class InProcessPushBus implements PushBus {

    private final LocalSessions sessions;

    InProcessPushBus(LocalSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void publish(PushEnvelope envelope) {
        sessions.deliver(envelope);
    }
}
