package org.hotline.console.push;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.hotline.console.push.InvalidPushTokenException.Reason;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;

/**
 * Issues and checks the short-lived tokens a console client presents when it opens a socket:
 * {@code v2.<base64url(username \n role \n department \n expiry-epoch-seconds \n nonce \n session)>.<base64url(HMAC-SHA256)>}.
 * The signature covers the version and the payload; it is compared in constant time. The nonce makes every token
 * single-use ({@link PushTokenNonces}); the session is a digest of the HTTP session id the token was issued to, so
 * the socket can be closed when that session ends. Thread-safe.
 */
final class PushTokenCodec {

    private static final String VERSION = "v2";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_TOKEN_LENGTH = 1024;
    private static final int MIN_SECRET_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    PushTokenCodec(byte[] secret, Duration ttl, Clock clock) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the push token secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the push token lifetime must be positive");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.ttl = ttl;
        this.clock = clock;
    }

    IssuedPushToken issue(CurrentUser user) {
        return issue(user, "");
    }

    /** @param session digest of the HTTP session the token is bound to ({@link #session}); empty for none */
    IssuedPushToken issue(CurrentUser user, String session) {
        if (user.username().indexOf('\n') >= 0 || session.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("username contains a line break");
        }
        Instant expiresAt = clock.instant().plus(ttl).truncatedTo(ChronoUnit.SECONDS);
        String department = user.departmentCode() == null ? "" : user.departmentCode();
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = String.join("\n", user.username(), user.role().name(), department,
                Long.toString(expiresAt.getEpochSecond()), ENCODER.encodeToString(nonce), session);
        String signed = VERSION + "." + ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return new IssuedPushToken(signed + "." + ENCODER.encodeToString(sign(signed)), expiresAt);
    }

    /**
     * @return the user the token was issued to
     * @throws InvalidPushTokenException when the token is missing, malformed, forged or expired
     */
    CurrentUser verify(String token) throws InvalidPushTokenException {
        return claims(token).user();
    }

    /** The digest of an HTTP session id a token is bound to; never the id itself, which is a credential. */
    static String session(String sessionId) {
        if (sessionId == null) {
            return "";
        }
        try {
            return ENCODER.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /**
     * @return the user, nonce, session and expiry the token carries
     * @throws InvalidPushTokenException when the token is missing, malformed, forged or expired
     */
    PushTokenClaims claims(String token) throws InvalidPushTokenException {
        if (token == null || token.isEmpty()) {
            throw new InvalidPushTokenException(Reason.MISSING);
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidPushTokenException(Reason.MALFORMED);
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new InvalidPushTokenException(Reason.MALFORMED);
        }
        byte[] signature = decode(parts[2]);
        if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
            throw new InvalidPushTokenException(Reason.BAD_SIGNATURE);
        }
        String[] fields = new String(decode(parts[1]), StandardCharsets.UTF_8).split("\n", -1);
        if (fields.length != 6) {
            throw new InvalidPushTokenException(Reason.MALFORMED);
        }
        Instant expiresAt;
        CurrentUser user;
        try {
            expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[3]));
            user = new CurrentUser(fields[0], ConsoleRole.valueOf(fields[1]), fields[2].isEmpty() ? null : fields[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidPushTokenException(Reason.MALFORMED);
        }
        if (!clock.instant().isBefore(expiresAt)) {
            throw new InvalidPushTokenException(Reason.EXPIRED);
        }
        return new PushTokenClaims(user, fields[4], fields[5], expiresAt);
    }

    private static byte[] decode(String part) throws InvalidPushTokenException {
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw new InvalidPushTokenException(Reason.MALFORMED);
        }
    }

    private byte[] sign(String data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
