package org.hotline.workflow;

/**
 * Command: register a new ticket from a contact. {@link #validate()} is called by {@link TicketService#register}.
 *
 * @param channel        how the citizen reached the hotline; required
 * @param type           kind of request; required
 * @param categoryCode   leaf category code (e.g. {@code C0101}); required, must exist
 * @param districtCode   district code of the citizen's matter ({@code JC}, {@code JC01}, ...); optional, must exist
 * @param address        free-text address, at most 200 characters; optional
 * @param urgency        required
 * @param citizenPhone   digits (optionally {@code +} and {@code -}), 3..20; optional
 * @param citizenName    at most 50 characters; optional
 * @param content        the citizen's request, 1..4000 characters; required
 * @param confidential   the reporter asked for confidentiality (举报人保密): phone hidden from everyone but the
 *                       registering agent, dispatchers and supervisors
 * @param callId         telephony call id that produced the ticket, at most 64 characters; optional
 */
public record RegisterTicket(Channel channel, TicketType type, String categoryCode, String districtCode,
        String address, Urgency urgency, String citizenPhone, String citizenName, String content,
        boolean confidential, String callId) {

    /** @throws InvalidTicketException listing every invalid field */
    public void validate() {
        new Validation()
                .required("channel", channel)
                .required("type", type)
                .code("categoryCode", categoryCode, true)
                .code("districtCode", districtCode, false)
                .text("address", address, false, 200)
                .required("urgency", urgency)
                .phone("citizenPhone", citizenPhone, false)
                .text("citizenName", citizenName, false, 50)
                .text("content", content, true, 4000)
                .text("callId", callId, false, 64)
                .throwIfInvalid();
    }
}
