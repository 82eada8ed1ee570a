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
    }

    @Test
    void refusesBadShapesAndImpossibleDates() {
        for (String bad : new String[] {null, "", "JH2026112300004", "XX20261123000042", "JH20261323000042",
                "JH20260230000001", "JH20261123000000", "jh20261123000042"}) {
            assertThatThrownBy(() -> TicketNo.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
