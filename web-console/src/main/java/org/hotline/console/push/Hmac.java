package org.hotline.console.push;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 for the push tokens and the bus messages. Stateless and thread-safe. */
final class Hmac {

    static final String ALGORITHM = "HmacSHA256";
    static final int MIN_SECRET_BYTES = 32;

    private Hmac() {
    }

    /** @throws IllegalArgumentException when the secret is shorter than {@link #MIN_SECRET_BYTES} */
    static SecretKeySpec key(byte[] secret, String what) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the " + what + " needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        return new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    static byte[] sign(SecretKeySpec key, String data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
