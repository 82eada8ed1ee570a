package org.hotline.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueueExitTest {

    @Test
    void readsEveryUnansweredQueueStatusAndIgnoresTheOthers() {
        assertThat(QueueExit.ofQueueStatus("TIMEOUT")).contains(QueueExit.TIMEOUT);
        assertThat(QueueExit.ofQueueStatus("FULL")).contains(QueueExit.FULL);
        for (String empty : new String[] {"JOINEMPTY", "LEAVEEMPTY", "JOINUNAVAIL", "LEAVEUNAVAIL"}) {
            assertThat(QueueExit.ofQueueStatus(empty)).contains(QueueExit.LEFT_EMPTY);
        }
        assertThat(QueueExit.ofQueueStatus("CONTINUE")).isEmpty();
        assertThat(QueueExit.ofQueueStatus(null)).isEmpty();
    }
}
