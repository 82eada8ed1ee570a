package org.hotline.console.push;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the messages nodes exchange on the Redis bus: {@code <base64url(HMAC-SHA256(json))> <json>}.
 * Anyone who can publish on Redis could otherwise put any frame on any console; a message without a valid signature
 * is dropped. Compared in constant time. Thread-safe.
 */
final class PushBusSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_SECRET_BYTES = 32;

    private final SecretKeySpec key;

    PushBusSigner(byte[] secret) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the push bus secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    String sign(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(json)) + " " + json;
    }

    /** @return the signed JSON, or {@code null} when the message is unsigned or its signature is wrong */
    String verify(String message) {
        int space = message.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        String json = message.substring(space + 1);
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(message.substring(0, space));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return MessageDigest.isEqual(signature, mac(json)) ? json : null;
    }

    private byte[] mac(String json) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(json.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
