package org.hotline.telephony.ivr;

import java.util.Optional;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.hotline.telephony.IvrChoice;
import org.hotline.telephony.TicketStatusInfo;
import org.hotline.telephony.TicketStatusLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FastAGI script {@code ivr}: welcome, main menu (1 consultation, 2 complaint or report, 3 ticket status, 0 agent)
 * setting {@code IVR_CHOICE}; ticket status reads the 14 digits after {@code JH} and reads the status back, to a
 * caller calling from the ticket's number or keying its last 4 digits. Returning
 * lets the dialplan continue to the queue; a caller done with self-service is hung up politely.
 */
class IvrScript implements AgiScript {

    static final String CHOICE_VARIABLE = "IVR_CHOICE";
    private static final Logger log = LoggerFactory.getLogger(IvrScript.class);

    private enum Next { QUEUE, MENU, DONE }

    private final TicketStatusLookup lookup;
    private final IvrProperties properties;

    IvrScript(TicketStatusLookup lookup, IvrProperties properties) {
        this.lookup = lookup;
        this.properties = properties;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        try {
            channel.answer();
            Dtmf.play(channel, properties.getPrompts().getWelcome());
            mainMenu(channel, request.getCallerIdNumber());
        } catch (AgiHangupException e) {
            log.info("IVR {}: caller hung up", request.getUniqueId());
        }
    }

    private void mainMenu(AgiChannel channel, String callerNumber) throws AgiException {
        IvrProperties.Prompts prompts = properties.getPrompts();
        int attempts = 0;
        while (attempts < properties.getMaxAttempts()) {
            String key = Dtmf.read(channel, prompts.getMenu(), properties.getDigitTimeout().toMillis(), 1);
            Optional<IvrChoice> choice = IvrChoice.ofKey(key);
            if (choice.isEmpty()) {
                attempts++;
                Dtmf.play(channel, prompts.getInvalid());
                continue;
            }
            channel.setVariable(CHOICE_VARIABLE, choice.get().key());
            if (choice.get() != IvrChoice.TICKET_STATUS) {
                return;
            }
            Next next = ticketStatus(channel, callerNumber);
            if (next == Next.DONE) {
                Dtmf.play(channel, prompts.getGoodbye());
                channel.hangup();
                return;
            }
            if (next == Next.QUEUE) {
                return;
            }
            attempts = 0;
        }
        Dtmf.play(channel, prompts.getToAgent());
        channel.setVariable(CHOICE_VARIABLE, IvrChoice.AGENT.key());
    }

    private Next ticketStatus(AgiChannel channel, String callerNumber) throws AgiException {
        IvrProperties.Prompts prompts = properties.getPrompts();
        for (int attempt = 0; attempt < properties.getMaxAttempts(); attempt++) {
            String digits = Dtmf.read(channel, prompts.getEnterTicket(), properties.getTicketTimeout().toMillis(), 14);
            if (IvrChoice.AGENT.key().equals(digits)) {
                channel.setVariable(CHOICE_VARIABLE, IvrChoice.AGENT.key());
                return Next.QUEUE;
            }
            if (!digits.matches("[0-9]{14}")) {
                Dtmf.play(channel, prompts.getInvalidTicket());
                continue;
            }
            Optional<TicketStatusInfo> status;
            try {
                status = lookup.statusOf("JH" + digits);
            } catch (RuntimeException e) {
                log.warn("ticket status lookup failed: {}", e.toString());
                Dtmf.play(channel, prompts.getToAgent());
                channel.setVariable(CHOICE_VARIABLE, IvrChoice.AGENT.key());
                return Next.QUEUE;
            }
            if (status.isEmpty()) {
                Dtmf.play(channel, prompts.getTicketNotFound());
                continue;
            }
            if (!callerMayHear(channel, status.get(), callerNumber)) {
                Dtmf.play(channel, prompts.getPhoneDigitsWrong());
                continue;
            }
            Dtmf.play(channel, prompts.getTicketIs());
            channel.sayDigits(digits);
            Dtmf.play(channel, prompts.getStatusPrefix() + status.get().promptKey());
            return afterStatus(channel);
        }
        Dtmf.play(channel, prompts.getToAgent());
        channel.setVariable(CHOICE_VARIABLE, IvrChoice.AGENT.key());
        return Next.QUEUE;
    }

    /**
     * A ticket's status is personal: read only to a caller calling from the ticket's number, or one who keys the last
     * 4 digits of it. An unknown ticket and a wrong answer sound alike apart from the prompt, and count as attempts.
     */
    private boolean callerMayHear(AgiChannel channel, TicketStatusInfo status, String callerNumber)
            throws AgiException {
        if (status.calledFrom(callerNumber)) {
            return true;
        }
        String lastFour = Dtmf.read(channel, properties.getPrompts().getEnterPhoneDigits(),
                properties.getTicketTimeout().toMillis(), 4);
        return status.endsWith(lastFour);
    }

    /** 1 = main menu again, 0 = an agent, anything else or silence = goodbye. */
    private Next afterStatus(AgiChannel channel) throws AgiException {
        String key = Dtmf.read(channel, properties.getPrompts().getAfterStatus(),
                properties.getDigitTimeout().toMillis(), 1);
        if ("1".equals(key)) {
            return Next.MENU;
        }
        if (IvrChoice.AGENT.key().equals(key)) {
            channel.setVariable(CHOICE_VARIABLE, IvrChoice.AGENT.key());
            return Next.QUEUE;
        }
        return Next.DONE;
    }
}
