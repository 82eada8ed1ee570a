package org.hotline.telephony;

import java.time.Instant;
import java.util.List;

/**
 * A citizen's message in the online queue (来件), as stored. Immutable; personal data in clear (the application
 * masks it for roles that must not see it).
 *
 * @param id             the contact's id
 * @param contactNo      the number given to the citizen ({@code C} + 10 digits)
 * @param channel        where it came from
 * @param externalId     the channel's message id, or null
 * @param citizenId      the citizen profile it belongs to; 0 for the moment between receipt and linking
 * @param identity       the address it came from and the reply goes to
 * @param citizenName    or null
 * @param text           the text (a voice message's recognised text), possibly empty
 * @param attachments    metadata of the files sent with it
 * @param location       or null
 * @param categoryHint   or null
 * @param districtHint   or null
 * @param address        or null
 * @param receivedAt     when the channel received it
 * @param status         where it stands
 * @param urgent         its text holds an urgent word; it is served before every other waiting contact
 * @param claimedBy      the agent working it, or null
 * @param claimedAt      or null
 * @param answer         the direct answer given, or null
 * @param respondedAt    the first response to the citizen (direct answer or ticket number), or null
 * @param ticketNo       the ticket registered from it, or null
 * @param responseDueAt  when the first response is due (GB/T 33358 response clock of its channel)
 * @param responseClock  where the response clock stands now
 */
public record Contact(long id, String contactNo, ContactChannel channel, String externalId, long citizenId,
        CitizenIdentity identity, String citizenName, String text, List<Attachment> attachments, GeoLocation location,
        String categoryHint, String districtHint, String address, Instant receivedAt, ContactStatus status,
        boolean urgent, String claimedBy, Instant claimedAt, String answer, Instant respondedAt, String ticketNo,
        Instant responseDueAt, ResponseClock responseClock) {

    public Contact {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** @return the contact number of an id: {@code C} and the id in 10 digits */
    public static String numberOf(long id) {
        String digits = Long.toString(id);
        return "C" + "0".repeat(Math.max(0, 10 - digits.length())) + digits;
    }

    /**
     * @return the id in a contact number
     * @throws IllegalArgumentException when the text is not a contact number
     */
    public static long idOf(String contactNo) {
        if (contactNo == null || !contactNo.matches("C\\d{10}")) {
            throw new IllegalArgumentException("not a contact number: expected C + 10 digits");
        }
        return Long.parseLong(contactNo.substring(1));
    }
}
