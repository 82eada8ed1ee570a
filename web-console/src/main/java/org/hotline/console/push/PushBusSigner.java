package org.hotline.console.push;

import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the messages nodes exchange on the Redis bus: {@code <base64url(HMAC-SHA256(json))> <json>}.
 * Anyone who can publish on Redis could otherwise put any frame on any console; a message without a valid signature
 * is dropped. Compared in constant time. Thread-safe.
 */
final class PushBusSigner {

    private final SecretKeySpec key;

    PushBusSigner(byte[] secret) {
        this.key = Hmac.key(secret, "push bus secret");
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
        return Hmac.sign(key, json);
    }
}
