package org.hotline.workflow;

import java.time.Instant;

/**
 * A ticket reached its follow-up (回访) step: the dispatcher accepted the reply. Published inside the command's
 * transaction, before the ticket could be followed up.
 *
 * @param no           ticket number
 * @param channel      how the citizen reported it
 * @param citizenPhone the reporter's phone in clear, or null (do not log it)
 * @param confidential the reporter asked for confidentiality (举报人保密): tell the reporter nothing
 * @param reopenCount  0 at the first follow-up, 1 after a reopen
 * @param at           when
 */
public record TicketReachedFollowUp(TicketNo no, Channel channel, String citizenPhone, boolean confidential,
        int reopenCount, Instant at) {
}
