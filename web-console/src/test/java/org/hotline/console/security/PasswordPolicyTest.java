package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.withShippedList(12);

    @Test
    void refusesShortCommonRepetitiveAndNameBearingPasswords() {
        assertThat(policy.problem("agent9", "Short1!")).hasValueSatisfying(p -> assertThat(p).contains("12"));
        assertThat(policy.problem("agent9", "Password1234")).hasValueSatisfying(p -> assertThat(p).contains("common"));
        assertThat(policy.problem("agent9", "1qaz2wsx3edc")).isPresent();
        assertThat(policy.problem("agent9", "qwertyuiop123")).isPresent();
        assertThat(policy.problem("agent9", "aaaaaaaaaaaaaaaa")).isPresent();
        assertThat(policy.problem("agent9", "my-agent9-secret-x")).hasValueSatisfying(p -> assertThat(p).contains("user name"));
        assertThat(policy.problem("agent9", "x".repeat(PasswordPolicy.MAX_LENGTH + 1))).isPresent();
        assertThatThrownBy(() -> policy.check("agent9", "hotline12345")).isInstanceOf(WeakPasswordException.class);
    }

    @Test
    void acceptsALongUncommonPassphraseCountingCharactersNotBytes() {
        assertThat(policy.problem("agent9", "river-lantern-73-copper")).isEmpty();
        assertThat(policy.problem("agent9", "江海市热线坐席工作站的口令")).isEmpty();
    }
}
