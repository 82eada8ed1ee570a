package org.hotline.console.security;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The optional second factor of administrators and supervisors: TOTP (RFC 6238, HMAC-SHA1, 30 s, 6 digits, one step
 * either side accepted) plus ten single-use recovery codes. A code is accepted once: the step it matched must be
 * later than the last one accepted (checked and recorded by one conditional update, so two nodes cannot both take
 * it). The secret is stored encrypted with AES-GCM under a key derived from {@code hotline.security.totp.encryption-key}
 * (the push secret when unset) and bound to the user name; it is shown once, at enrolment. Enrolment, disabling and
 * an administrator's reset are audited. Thread-safe.
 */
@Service
class SecondFactor {

    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ISSUER = "Hotline 12345";

    private final TotpMapper totp;
    private final ConsoleAccounts accounts;
    private final SecretKeySpec key;
    private final Clock clock;

    SecondFactor(TotpMapper totp, ConsoleAccounts accounts, SecurityProperties properties,
                 org.springframework.core.env.Environment environment, Clock securityClock) {
        this.totp = totp;
        this.accounts = accounts;
        String secret = properties.getTotp().getEncryptionKey();
        if (secret == null || secret.isBlank()) {
            secret = environment.getProperty("hotline.push.secret", "hotline-development-only-totp-key");
        }
        this.key = new SecretKeySpec(sha256(("hotline-totp-v1:" + secret).getBytes(StandardCharsets.UTF_8)), "AES");
        this.clock = securityClock;
    }

    /** An enrolment begun: the secret in Base32 and as an {@code otpauth://} URI for a QR code. */
    record Enrolment(String secret, String otpauthUri) {
    }

    boolean isEnrolled(String username) {
        return totp.find(username).map(TotpMapper.TotpRow::confirmed).orElse(false);
    }

    /**
     * Starts (or restarts) an enrolment with a new secret; it takes effect when confirmed with a code.
     *
     * @throws ResponseStatusException 409 when the user is enrolled already
     */
    @Transactional
    Enrolment begin(String username) {
        if (isEnrolled(username)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "a second factor is enrolled already");
        }
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        totp.upsertPending(username, encrypt(username, secret), now());
        String base32 = Totp.base32(secret);
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer="
            + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
            + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    /**
     * Confirms a begun enrolment with a current code.
     *
     * @return the recovery codes, shown this once
     * @throws ResponseStatusException 409 when no enrolment was begun, 422 when the code is wrong
     */
    @Transactional
    List<String> confirm(String username, String code) {
        TotpMapper.TotpRow row = totp.find(username).filter(r -> !r.confirmed())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "no enrolment to confirm"));
        if (!acceptCode(row, code)) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "wrong code");
        }
        totp.confirm(username, now());
        totp.deleteRecovery(username);
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            totp.insertRecovery(username, IntegrationApiKeys.sha256(recovery));
        }
        accounts.audit(username, username, AccountAction.TOTP_ENROLLED, null);
        return codes;
    }

    /** Whether the code (or an unused recovery code) is right for the enrolled user; each is accepted once. */
    @Transactional
    boolean verify(String username, String code) {
        TotpMapper.TotpRow row = totp.find(username).filter(TotpMapper.TotpRow::confirmed).orElse(null);
        if (row == null || code == null) {
            return false;
        }
        String clean = code.replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
        if (clean.length() == Totp.DIGITS) {
            return acceptCode(row, clean);
        }
        return clean.length() == 10 && totp.useRecovery(username, IntegrationApiKeys.sha256(clean), now()) == 1;
    }

    /**
     * The user turns the second factor off, proving it with a code.
     *
     * @throws ResponseStatusException 422 when the code is wrong, 409 when the role requires a second factor
     */
    @Transactional
    void disable(String username, ConsoleRole role, String code, boolean required) {
        if (required) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the role " + role + " requires a second factor");
        }
        if (!verify(username, code)) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "wrong code");
        }
        remove(username);
        accounts.audit(username, username, AccountAction.TOTP_DISABLED, null);
    }

    /** An administrator removes a user's second factor (a lost phone); the user enrols again. */
    @Transactional
    void reset(String actor, String username) {
        if (totp.find(username).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no second factor enrolled");
        }
        remove(username);
        accounts.audit(actor, username, AccountAction.TOTP_RESET, null);
    }

    private void remove(String username) {
        totp.delete(username);
        totp.deleteRecovery(username);
    }

    private boolean acceptCode(TotpMapper.TotpRow row, String code) {
        if (code == null || !code.matches("\\d{" + Totp.DIGITS + "}")) {
            return false;
        }
        byte[] secret = decrypt(row.username(), row.secretEnc());
        long now = Totp.step(clock.instant().getEpochSecond());
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return step > row.lastStep() && totp.useStep(row.username(), step) == 1;
            }
        }
        return false;
    }

    private String encrypt(String username, byte[] secret) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a TOTP secret", e);
        }
    }

    private byte[] decrypt(String username, String stored) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, 12, bytes.length - 12);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the TOTP secret of " + username
                + " cannot be decrypted (was the encryption key changed?)", e);
        }
    }

    private static String recoveryCode() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
