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
}
