package org.hotline.workflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every masking case of issue 14: full-width digits, separators, landlines, numbers inside free text. */
class MaskingTest {

    @Test
    void masksAPhoneFieldKeepingOnlyTheLastFourDigitsOfALandline() {
        assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
        assertThat(Masking.phone("057188881234")).isEqualTo("********1234");
        assertThat(Masking.phone("0571-8888-1234")).isEqualTo("****-****-1234");
        assertThat(Masking.phone("12345")).isEqualTo("***45");
    }

    @Test
    void masksIdNumbersAlsoInFullWidthOrWithSpacesAndDashes() {
        assertThat(Masking.idNumbers("身份证110101199003071234号")).isEqualTo("身份证110101********1234号");
        assertThat(Masking.idNumbers("身份证１１０１０１１９９００３０７１２３Ｘ"))
                .isEqualTo("身份证１１０１０１********１２３Ｘ");
        assertThat(Masking.idNumbers("ID 110101 19900307 1234 ok")).isEqualTo("ID 110101 ******** 1234 ok");
        assertThat(Masking.idNumbers("ID 110101-1990-0307-1234")).isEqualTo("ID 110101-****-****-1234");
        assertThat(Masking.idNumbers("旧证110101900307123")).isEqualTo("旧证110101******123");
        assertThat(Masking.idNumbers("工单JH20261207000008")).isEqualTo("工单JH20261207000008");
    }

    @Test
    void masksPhonesAndLandlinesInsideTextForDepartments() {
        assertThat(Masking.personalData("请回电13800138000谢谢")).isEqualTo("请回电138****8000谢谢");
        assertThat(Masking.personalData("电话 138 0013 8000")).isEqualTo("电话 138 **** 8000");
        assertThat(Masking.personalData("电话 138-0013-8000")).isEqualTo("电话 138-****-8000");
        assertThat(Masking.personalData("电话+86 13800138000")).isEqualTo("电话+86 138****8000");
        assertThat(Masking.personalData("电话１３８００１３８０００")).isEqualTo("电话１３８****８０００");
        assertThat(Masking.personalData("座机0571-88881234")).isEqualTo("座机****-****1234");
        assertThat(Masking.personalData("座机(0571)88881234")).isEqualTo("座机(****)****1234");
        assertThat(Masking.personalData("座机 010 6552 1234")).isEqualTo("座机 *** **** 1234");
        assertThat(Masking.personalData("身份证110101199003071234，电话13800138000"))
                .isEqualTo("身份证110101********1234，电话138****8000");
        assertThat(Masking.personalData("2026-12-07 10:30 在3号楼")).isEqualTo("2026-12-07 10:30 在3号楼");
        assertThat(Masking.personalData(null)).isNull();
    }

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
    void idMaskingLeavesPhoneNumbersAndShortNumbersAlone() {
        assertThat(Masking.idNumbers("电话13900002356，门牌12号")).isEqualTo("电话13900002356，门牌12号");
    }
}
