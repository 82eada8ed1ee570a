package org.hotline.console.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.console.TestApi;

/**
 * A browser-like client of the console over real HTTP: keeps its cookies (also {@code Secure} ones, as browsers do
 * on localhost), logs in with the form, sends the CSRF token only when told to, and can claim a source address with
 * {@code X-Forwarded-For} (honoured from the loopback proxy).
 */
final class SessionClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String forwardedFor;

    SessionClient(int port, String forwardedFor) {
        this.base = "http://127.0.0.1:" + port;
        this.forwardedFor = forwardedFor;
    }

    /** @return where the login redirected to ({@code /} on success) */
    String logIn(String username, String password) {
        send("GET", "/login.html", null, null, b -> { });
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
            + URLEncoder.encode(cookies.getOrDefault("XSRF-TOKEN", ""), StandardCharsets.UTF_8);
        TestApi.Response response = send("POST", "/login", "application/x-www-form-urlencoded", form, b -> { });
        return response.contentType();
    }

    /** The login's second step: the code from the authenticator; @return where it redirected to */
    String submitCode(String code) {
        String form = "code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&_csrf="
            + URLEncoder.encode(cookies.getOrDefault("XSRF-TOKEN", ""), StandardCharsets.UTF_8);
        return send("POST", "/login/totp", "application/x-www-form-urlencoded", form, b -> { }).contentType();
    }

    /** A form as a browser posts it (the caller includes {@code _csrf}); a redirect's Location in place of the type. */
    TestApi.Response postForm(String path, String form, Consumer<HttpRequest.Builder> headers) {
        return send("POST", path, "application/x-www-form-urlencoded", form, headers);
    }

    TestApi.Response get(String path) {
        return send("GET", path, null, null, b -> { });
    }

    TestApi.Response get(String path, Consumer<HttpRequest.Builder> headers) {
        return send("GET", path, null, null, headers);
    }

    /** A state-changing call as the console makes it, with {@code X-XSRF-TOKEN}. */
    TestApi.Response post(String path, Object body) {
        return post(path, body, b -> b.header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", "")));
    }

    TestApi.Response post(String path, Object body, Consumer<HttpRequest.Builder> headers) {
        try {
            return send("POST", path, "application/json", body instanceof String s ? s : JSON.writeValueAsString(body),
                headers);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    TestApi.Response send(String method, String path) {
        return send(method, path, null, null,
            b -> b.header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", "")));
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
            .getBytes(StandardCharsets.UTF_8));
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    /** Sends; a redirect's Location is returned in place of the content type. */
    private TestApi.Response send(String method, String path, String contentType, String body,
                                  Consumer<HttpRequest.Builder> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ",
                cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        headers.accept(request);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            lastSetCookies = response.headers().allValues("Set-Cookie");
            for (String setCookie : lastSetCookies) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq);
                String value = pair.substring(eq + 1);
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            String location = response.headers().firstValue("Location").orElse(null);
            return new TestApi.Response(response.statusCode(), location != null ? location
                : response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> lastSetCookies = List.of();

    /** The {@code Set-Cookie} headers of the last answer. */
    List<String> lastSetCookies() {
        return lastSetCookies;
    }
}
