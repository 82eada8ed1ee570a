package org.hotline.console.push;

/** What every {@link PushEndpoint} instance needs, handed to Tyrus through the endpoint configurator. */
record PushEndpointContext(PushTokenCodec tokens, PushTokenNonces nonces, LocalSessions sessions, PushProtocol protocol, PushCatchUp catchUp,
                           PushProperties properties) {
}
