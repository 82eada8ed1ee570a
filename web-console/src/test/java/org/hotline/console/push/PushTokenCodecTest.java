package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.hotline.console.push.InvalidPushTokenException.Reason;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.junit.jupiter.api.Test;

class PushTokenCodecTest {

    private static final byte[] SECRET = "unit-test-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final PushTokenCodec codec = new PushTokenCodec(SECRET, Duration.ofSeconds(60), clock);

    @Test
    void verifiesWhatItSignedWithUsernameRoleAndDepartment() throws Exception {
        CurrentUser staff = new CurrentUser("zhang.wei", ConsoleRole.DEPARTMENT, "SBZX");

        IssuedPushToken issued = codec.issue(staff);

        assertThat(issued.expiresAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(codec.verify(issued.token())).isEqualTo(staff);
    }

    @Test
    void keepsAnAbsentDepartmentAbsent() throws Exception {
        CurrentUser agent = new CurrentUser("li.na", ConsoleRole.AGENT, null);

        assertThat(codec.verify(codec.issue(agent).token()).departmentCode()).isNull();
    }

    @Test
    void carriesNonAsciiUsernames() throws Exception {
        CurrentUser agent = new CurrentUser("王小明", ConsoleRole.AGENT, null);

        assertThat(codec.verify(codec.issue(agent).token()).username()).isEqualTo("王小明");
    }

    @Test
    void rejectsTokenAtAndAfterItsExpiry() {
        String token = codec.issue(new CurrentUser("li.na", ConsoleRole.AGENT, null)).token();

        clock.set(NOW.plusSeconds(59));
        assertThat(reasonOf(token)).isNull();
        clock.set(NOW.plusSeconds(60));
        assertThat(reasonOf(token)).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void rejectsTokenWhosePayloadWasChanged() {
        String token = codec.issue(new CurrentUser("li.na", ConsoleRole.AGENT, null)).token();
        String[] parts = token.split("\\.");
        String promoted = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "li.na\nSUPERVISOR\n\n1795420800".getBytes(StandardCharsets.UTF_8));

        assertThat(reasonOf(parts[0] + "." + promoted + "." + parts[2])).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsTokenWhoseSignatureWasChanged() {
        String token = codec.issue(new CurrentUser("li.na", ConsoleRole.AGENT, null)).token();
        // The signature's first character: all six of its bits are signature bits. (The last one's low bits are
        // padding, which the decoder ignores, so changing 'A' to 'B' there changed nothing one run in sixteen.)
        int at = token.lastIndexOf('.') + 1;
        char first = token.charAt(at);
        String flipped = token.substring(0, at) + (first == 'A' ? 'Q' : 'A') + token.substring(at + 1);

        assertThat(reasonOf(flipped)).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsTokenSignedWithAnotherSecret() {
        PushTokenCodec other = new PushTokenCodec("another-secret-of-at-least-32-bytes!!".getBytes(
                StandardCharsets.UTF_8), Duration.ofSeconds(60), clock);

        assertThat(reasonOf(other.issue(new CurrentUser("li.na", ConsoleRole.AGENT, null)).token()))
                .isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsMissingAndMalformedTokens() {
        assertThat(reasonOf(null)).isEqualTo(Reason.MISSING);
        assertThat(reasonOf("")).isEqualTo(Reason.MISSING);
        assertThat(reasonOf("v1.only-two")).isEqualTo(Reason.MALFORMED);
        assertThat(reasonOf("v2.a.b")).isEqualTo(Reason.MALFORMED);
        assertThat(reasonOf("v1.%%%.b")).isEqualTo(Reason.MALFORMED);
        assertThat(reasonOf("v1.a.b".repeat(300))).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void rejectsSignedPayloadWithAnUnknownRole() {
        String[] parts = codec.issue(new CurrentUser("li.na", ConsoleRole.AGENT, null)).token().split("\\.");
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "li.na\nJANITOR\n\n1795420800".getBytes(StandardCharsets.UTF_8));
        String resigned = resign(parts[0] + "." + payload);

        assertThat(reasonOf(resigned)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void refusesShortSecretsAndLineBreaksInUsernames() {
        assertThatThrownBy(() -> new PushTokenCodec(new byte[16], Duration.ofSeconds(60), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.issue(new CurrentUser("evil\nSUPERVISOR", ConsoleRole.AGENT, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Reason reasonOf(String token) {
        try {
            codec.verify(token);
            return null;
        } catch (InvalidPushTokenException e) {
            return e.reason();
        }
    }

    private static String resign(String signedPart) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
            return signedPart + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(signedPart.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
