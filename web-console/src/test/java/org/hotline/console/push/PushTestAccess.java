package org.hotline.console.push;

import org.hotline.console.security.CurrentUser;
import org.springframework.context.ApplicationContext;

/** Lets tests outside this package (the benchmarks) reach a running push server: its port, paths and tokens. */
public final class PushTestAccess {

    private PushTestAccess() {
    }

    public static int port(ApplicationContext context) {
        return context.getBean(PushServer.class).port();
    }

    /** The socket path, {@code /ws/...}, for the user's role. */
    public static String path(CurrentUser user) {
        return PushServer.CONTEXT_PATH + PushPath.forRole(user.role()).path();
    }

    public static String token(ApplicationContext context, CurrentUser user) {
        return context.getBean(PushTokenCodec.class).issue(user).token();
    }

    /** Signs a message for the Redis bus as a node with this bus secret would. */
    public static String signBusMessage(String secret, String json) {
        return new PushBusSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)).sign(json);
    }

    /** @return the JSON of a bus message signed with this secret, {@code null} when unsigned or forged */
    public static String verifyBusMessage(String secret, String message) {
        return new PushBusSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)).verify(message);
    }

    /** The bus secret in force: the push token secret when no separate one is set. */
    public static String busSecret(ApplicationContext context) {
        PushProperties properties = context.getBean(PushProperties.class);
        return properties.getBusSecret() == null || properties.getBusSecret().isBlank() ? properties.getSecret()
            : properties.getBusSecret();
    }

    public static String busChannel(ApplicationContext context) {
        return context.getBean(PushProperties.class).getRedisChannel();
    }
}
