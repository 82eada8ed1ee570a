package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 appendix B's test vectors (8 digits, the three HMACs with their seeds) and RFC 4648's Base32 ones. */
class TotpTest {

    private static final String SEED20 = "12345678901234567890";
    private static final String SEED32 = "12345678901234567890123456789012";
    private static final String SEED64 = "1234567890123456789012345678901234567890123456789012345678901234";

    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfcsTestVectors(long time, String sha1, String sha256, String sha512) {
        long step = Totp.step(time);
        assertThat(Totp.code("HmacSHA1", bytes(SEED20), step, 8)).isEqualTo(sha1);
        assertThat(Totp.code("HmacSHA256", bytes(SEED32), step, 8)).isEqualTo(sha256);
        assertThat(Totp.code("HmacSHA512", bytes(SEED64), step, 8)).isEqualTo(sha512);
        assertThat(Totp.code(bytes(SEED20), step)).isEqualTo(sha1.substring(2));
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void encodesBase32AsRfc4648WithoutPadding(String text, String base32) {
        assertThat(Totp.base32(bytes(text))).isEqualTo(base32);
        assertThat(new String(Totp.fromBase32(base32), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
