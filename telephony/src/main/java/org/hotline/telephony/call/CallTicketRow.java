package org.hotline.telephony.call;

/** A {@code telephony_call_ticket} link as MyBatis maps it. */
class CallTicketRow {

    String callId;
    String ticketNo;
}
