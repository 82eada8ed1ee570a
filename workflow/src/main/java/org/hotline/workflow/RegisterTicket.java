package org.hotline.workflow;

/**
 * Command: register a new ticket from a contact. {@link #validate()} is called by {@link TicketService#register}.
 *
 * @param channel        how the citizen reached the hotline; required
 * @param type           kind of request; required
 * @param categoryCode   leaf category {@link Code} (e.g. {@code C0101}); required, must exist
 * @param districtCode   district {@link Code} of the citizen's matter ({@code JC}, {@code JC01}, ...); optional, must
 *                       exist
 * @param address        free-text address, at most {@value Validation#ADDRESS} characters; optional
 * @param urgency        required
 * @param citizenPhone   a {@link PhoneNumber}; optional
 * @param citizenName    at most {@value Validation#NAME} characters; optional
 * @param content        the citizen's request, 1..{@value Validation#LONG_TEXT} characters; required
 * @param confidential   the reporter asked for confidentiality (举报人保密): phone hidden from everyone but the
 *                       registering agent, dispatchers and supervisors
 * @param callId         telephony call id that produced the ticket, at most {@value Validation#CALL_ID} characters;
 *                       optional
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
                .text("address", address, false, Validation.ADDRESS)
                .required("urgency", urgency)
                .phone("citizenPhone", citizenPhone, false)
                .text("citizenName", citizenName, false, Validation.NAME)
                .text("content", content, true, Validation.LONG_TEXT)
                .text("callId", callId, false, Validation.CALL_ID)
                .throwIfInvalid();
    }
}
