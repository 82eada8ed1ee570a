package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PushBusSignerTest {

    private final PushBusSigner signer = new PushBusSigner("bus-secret-of-at-least-32-bytes-0123".getBytes(
        StandardCharsets.UTF_8));

    @Test
    void acceptsItsOwnSignatureAndNothingElse() {
        String signed = signer.sign("{\"a\":1}");
        assertThat(signer.verify(signed)).isEqualTo("{\"a\":1}");
        assertThat(signer.verify("{\"a\":1}")).isNull();
        assertThat(signer.verify(signed.replace("1}", "2}"))).isNull();
        assertThat(signer.verify("%%% {\"a\":1}")).isNull();
        assertThat(signer.verify(" {\"a\":1}")).isNull();
        assertThatThrownBy(() -> new PushBusSigner(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }
}
