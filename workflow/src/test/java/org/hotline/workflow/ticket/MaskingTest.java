package org.hotline.workflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksTheMiddleOfAMobileNumber() {
        assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
        assertThat(Masking.phone(null)).isNull();
    }

    @Test
    void masksEighteenAndFifteenDigitIdNumbersInText() {
        assertThat(Masking.idNumbers("身份证990102199001011234，请核实"))
                .isEqualTo("身份证990102********1234，请核实");
        assertThat(Masking.idNumbers("证号99010219900101123X")).isEqualTo("证号990102********123X");
        assertThat(Masking.idNumbers("老证号990102900101123号")).isEqualTo("老证号990102******123号");
    }

    @Test
    void leavesPhoneNumbersAndShortNumbersAlone() {
        assertThat(Masking.idNumbers("电话13900002356，门牌12号")).isEqualTo("电话13900002356，门牌12号");
    }
}
