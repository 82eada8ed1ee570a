package org.hotline.telephony.channel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.hotline.telephony.InvalidChannelMessageException;
import org.hotline.telephony.SignatureRejectedException;

/**
 * WeChat's message signatures and safe-mode encryption: SHA-1 over the sorted strings; AES-256-CBC with the
 * EncodingAESKey (its first 16 bytes as IV), plaintext = 16 random bytes + 4-byte big-endian length + message +
 * appid, PKCS#7-padded to a multiple of 32 bytes. Thread-safe.
 */
final class WeChatCrypto {

    private static final int BLOCK = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final String appId;

    /** @param encodingAesKey the 43-character EncodingAESKey */
    WeChatCrypto(String encodingAesKey, String appId) {
        byte[] decoded = Base64.getDecoder().decode(encodingAesKey + "=");
        if (decoded.length != 32) {
            throw new IllegalArgumentException("hotline.channel.wechat.encoding-aes-key must be 43 characters");
        }
        this.key = decoded;
        this.appId = appId;
    }

    /** @return lower-case hex SHA-1 of the parts sorted and concatenated */
    static String signature(String... parts) {
        String[] sorted = Arrays.stream(parts).map(p -> p == null ? "" : p).sorted().toArray(String[]::new);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws SignatureRejectedException unless {@code signature} is the SHA-1 of the parts (compared in constant time) */
    static void verify(String signature, String... parts) {
        if (signature == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                signature(parts).getBytes(StandardCharsets.US_ASCII))) {
            throw new SignatureRejectedException("wrong WeChat signature");
        }
    }

    /**
     * @return the message inside an {@code Encrypt} value
     * @throws InvalidChannelMessageException when it does not decrypt to a well-formed plaintext
     * @throws SignatureRejectedException     when it was encrypted for another appid
     */
    byte[] decrypt(String encrypted) {
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            plain = cipher.doFinal(Base64.getDecoder().decode(encrypted));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidChannelMessageException("the Encrypt value does not decrypt");
        }
        int pad = plain.length == 0 ? 0 : plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || plain.length < 20 + pad) {
            throw new InvalidChannelMessageException("bad padding in the decrypted message");
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        int end = plain.length - pad;
        if (length < 0 || 20 + length > end) {
            throw new InvalidChannelMessageException("bad length in the decrypted message");
        }
        String from = new String(plain, 20 + length, end - 20 - length, StandardCharsets.UTF_8);
        if (!from.equals(appId)) {
            throw new SignatureRejectedException("message encrypted for another appid");
        }
        return Arrays.copyOfRange(plain, 20, 20 + length);
    }

    /** @return the base64 {@code Encrypt} value of a reply */
    String encrypt(byte[] message) {
        byte[] app = appId.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + message.length + app.length;
        int pad = BLOCK - unpadded % BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(unpadded + pad);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        plain.put(random).putInt(message.length).put(message).put(app);
        for (int i = 0; i < pad; i++) {
            plain.put((byte) pad);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
