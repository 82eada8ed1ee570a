package org.hotline.console.wiring;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hotline.console.push.PushPayload;
import org.hotline.knowledge.SearchHit;
import org.hotline.knowledge.Snippet;
import org.hotline.telephony.CallRecord;
import org.hotline.telephony.Contact;
import org.hotline.workflow.PersonalData;
import org.hotline.workflow.TicketView;

/**
 * {@code screen-pop}: who calls, the IVR choice, the caller's recent tickets and calls, and knowledge-base entries
 * to have on screen. Absent values are written as {@code null}: the console reads every field.
 *
 * @param ivrChoice   the IVR menu word ({@code consultation}, ...), or null
 * @param tickets     the caller's recent tickets, newest first
 * @param calls       the caller's earlier calls, newest first
 * @param suggestions knowledge-base entries for the likely matter
 * @param citizenId   the citizen profile the caller's number is linked to, or null
 * @param otherContacts the profile's recent contacts from channels other than the phone, newest first
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ScreenPop(String callId, String callerNumber, String callerName, String queue, int holdSeconds,
                 String ivrChoice, List<PastTicket> tickets, List<PastCall> calls,
                 List<SuggestedEntry> suggestions, Long citizenId,
                 List<OtherContact> otherContacts) implements PushPayload {

    @Override
    public String messageType() {
        return "screen-pop";
    }

    /** A past ticket of the caller, as the agent may see it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PastTicket(String ticketNo, String status, String type, String categoryCode, String departmentCode,
                      String registeredAt, String content) {

        static PastTicket of(TicketView ticket) {
            return new PastTicket(ticket.ticketNo().toString(), ticket.status().name(), ticket.type().jsonValue(),
                ticket.categoryCode(), ticket.departmentCode(), ticket.registeredAt().toString(), ticket.content());
        }
    }

    /** An earlier call of the caller. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PastCall(String callId, String enteredAt, String disposition, String agent, List<String> ticketNos) {

        static PastCall of(CallRecord record) {
            return new PastCall(record.callId(), record.enteredAt() == null ? null : record.enteredAt().toString(),
                record.disposition() == null ? null : record.disposition().json(), record.agent(),
                record.ticketNos());
        }
    }

    /**
     * A contact of the caller over another channel (WeChat, web, app, e-mail, SMS). The summary is the start of its
     * text with ID numbers masked: what an agent who did not register it reads of a past ticket.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OtherContact(String contactNo, String channel, String receivedAt, String status, String ticketNo,
                        String summary) {

        static final int SUMMARY_LENGTH = 60;

        static OtherContact of(Contact contact) {
            String text = contact.text() == null ? "" : PersonalData.maskIdNumbers(contact.text());
            return new OtherContact(contact.contactNo(), contact.channel().name().toLowerCase(Locale.ROOT),
                contact.receivedAt().toString(), contact.status().name().toLowerCase(Locale.ROOT), contact.ticketNo(),
                text.length() > SUMMARY_LENGTH ? text.substring(0, SUMMARY_LENGTH) + "…" : text);
        }
    }

    /** A knowledge-base entry proposed for the call. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SuggestedEntry(String entryId, String question, Snippet snippet, float score) {

        static SuggestedEntry of(SearchHit hit) {
            return new SuggestedEntry(hit.entryId(), hit.question(), hit.snippet(), hit.score());
        }
    }
}
