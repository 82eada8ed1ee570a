package org.hotline.telephony.channel;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.hotline.telephony.SignatureRejectedException;
import org.hotline.telephony.SignedRequests;
import org.springframework.stereotype.Component;

@Component
class HmacSignedRequests implements SignedRequests {

    private final ChannelProperties properties;

    HmacSignedRequests(ChannelProperties properties) {
        this.properties = properties;
    }

    @Override
    public String verifyClient(String clientId, String timestamp, String signature, byte[] body) {
        ChannelProperties.Client client = clientId == null ? null : properties.getWeb().getClients().get(clientId);
        if (client == null || client.getSecret() == null || client.getSecret().isBlank()) {
            throw new SignatureRejectedException("unknown client");
        }
        verify(client.getSecret(), timestamp, signature, body);
        return clientId;
    }

    @Override
    public void verifySmsGateway(String timestamp, String signature, byte[] body) {
        String secret = properties.getSms().getSecret();
        if (secret == null || secret.isBlank()) {
            throw new SignatureRejectedException("the SMS channel is off");
        }
        verify(secret, timestamp, signature, body);
    }

    private void verify(String secret, String timestamp, String signature, byte[] body) {
        if (timestamp == null || !timestamp.matches("\\d{1,12}")) {
            throw new SignatureRejectedException("missing or malformed timestamp");
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), Instant.now()).abs();
        if (skew.compareTo(properties.getWeb().getMaxSkew()) > 0) {
            throw new SignatureRejectedException("timestamp outside the allowed window");
        }
        if (signature == null || !signature.matches("[0-9a-f]{64}")) {
            throw new SignatureRejectedException("missing or malformed signature");
        }
        byte[] expected = sign(secret, timestamp, body);
        if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature))) {
            throw new SignatureRejectedException("wrong signature");
        }
    }

    /** @return HMAC-SHA256(secret, timestamp + "\n" + body) */
    static byte[] sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
