package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The input rules have one home: the value types' constructors and {@link Validation}'s limits. */
class InputRulesTest {

    @Test
    void aCodeIsUpTo32LettersDigitsOrSeparators() {
        assertThat(new Code("C".repeat(32)).value()).hasSize(32);
        assertThat(new Code("JC_GOV-01").toString()).isEqualTo("JC_GOV-01");
        assertThatThrownBy(() -> new Code("C".repeat(33))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Code("C01 01")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Code.ofNullable(" ")).isNull();
    }

    @Test
    void aPhoneNumberIsUpTo20DigitsWithOptionalPlusAndHyphens() {
        assertThat(new PhoneNumber("+86-138-0000-8000").value()).isEqualTo("+86-138-0000-8000");
        assertThat(new PhoneNumber("1".repeat(20)).value()).hasSize(20);
        assertThatThrownBy(() -> new PhoneNumber("1".repeat(21))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhoneNumber("+" + "1".repeat(20))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhoneNumber("12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhoneNumber("138abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commandsAcceptWhatTheValueTypesAcceptAndNothingElse() {
        new RegisterTicket(Channel.PHONE, TicketType.HELP, "C".repeat(32), null, null, Urgency.NORMAL,
                "1".repeat(20), null, "x".repeat(Validation.LONG_TEXT), false, null).validate();
        RegisterTicket tooLong = new RegisterTicket(Channel.PHONE, TicketType.HELP, "C".repeat(33), null, null,
                Urgency.NORMAL, "1".repeat(21), null, "x".repeat(Validation.LONG_TEXT + 1), false, null);
        assertThatThrownBy(tooLong::validate).isInstanceOfSatisfying(InvalidTicketException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("categoryCode", "citizenPhone", "content"));
        assertThatThrownBy(() -> new Dispatch(null, List.of("GJJ", "bad code"), null).validate())
                .isInstanceOfSatisfying(InvalidTicketException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("coHandlerDepartmentCodes"));
    }

    @Test
    void singleTextsAreStrippedAndLimited() {
        assertThat(Validation.requiredText("note", "  撤回  ", Validation.SHORT_TEXT)).isEqualTo("撤回");
        assertThat(Validation.optionalText("note", " ", Validation.SHORT_TEXT)).isNull();
        assertThatThrownBy(() -> Validation.requiredText("note", null, Validation.SHORT_TEXT))
                .isInstanceOfSatisfying(InvalidTicketException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("note", "required"));
        assertThatThrownBy(() -> Validation.optionalText("text", "字".repeat(Validation.LONG_TEXT + 1),
                Validation.LONG_TEXT)).isInstanceOf(InvalidTicketException.class);
        assertThatThrownBy(() -> Validation.optionalText("text", "a\u0007b", Validation.LONG_TEXT))
                .isInstanceOf(InvalidTicketException.class);
    }
}
