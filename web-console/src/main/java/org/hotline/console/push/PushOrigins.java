package org.hotline.console.push;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The Origin rule of the push handshake: the configured console origins, else loopback pages only. */
final class PushOrigins {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private PushOrigins() {
    }

    static boolean allowed(String origin, List<String> configured) {
        if (origin == null || origin.isEmpty()) {
            return true;
        }
        String normalized = origin.toLowerCase(Locale.ROOT);
        if (!configured.isEmpty()) {
            return configured.stream().map(o -> strip(o.toLowerCase(Locale.ROOT))).anyMatch(normalized::equals);
        }
        try {
            String host = URI.create(normalized).getHost();
            return host != null && LOOPBACK.contains(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String strip(String url) {
        // The console's public URL may be configured with a path; an Origin never has one.
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
