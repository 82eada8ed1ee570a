package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TicketNoTest {

    @Test
    void printsAndParsesTheSixteenCharacterForm() {
        TicketNo no = new TicketNo(LocalDate.of(2026, 11, 23), 42);
        assertThat(no.toString()).isEqualTo("JH20261123000042");
        assertThat(TicketNo.parse("JH20261123000042")).isEqualTo(no);
        assertThat(new TicketNo(LocalDate.of(2027, 1, 2), 999_999)).hasToString("JH20270102999999");
        assertThat(new TicketNo(LocalDate.of(1000, 12, 31), 1)).hasToString("JH10001231000001");
    }

    @Test
    void refusesPartsThatDoNotFitSixteenCharacters() {
        assertThatThrownBy(() -> new TicketNo(LocalDate.of(10_000, 1, 1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketNo(LocalDate.of(2026, 1, 1), 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketNo(null, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesBadShapesAndImpossibleDates() {
        for (String bad : new String[] {null, "", "JH2026112300004", "XX20261123000042", "JH20261323000042",
                "JH20260230000001", "JH20261123000000", "jh20261123000042"}) {
            assertThatThrownBy(() -> TicketNo.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
