package org.hotline.telephony.ivr;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hotline.ivr.*}: prompt names (sound files on the Asterisk server, without extension) and timing. */
@ConfigurationProperties("hotline.ivr")
public class IvrProperties {

    private final Prompts prompts = new Prompts();
    /** How long the IVR waits for a menu key. */
    private Duration digitTimeout = Duration.ofSeconds(5);
    /** How long the IVR waits for the 14 digits of a ticket number. */
    private Duration ticketTimeout = Duration.ofSeconds(20);
    /** Tries per menu before the caller is passed to an agent (IVR) or thanked (survey). */
    private int maxAttempts = 3;

    public Prompts getPrompts() { return prompts; }
    public Duration getDigitTimeout() { return digitTimeout; }
    public void setDigitTimeout(Duration digitTimeout) { this.digitTimeout = digitTimeout; }
    public Duration getTicketTimeout() { return ticketTimeout; }
    public void setTicketTimeout(Duration ticketTimeout) { this.ticketTimeout = ticketTimeout; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }

    /** {@code hotline.ivr.prompts.*}; see {@code ops/asterisk/prompts.txt} for what each says. */
    public static class Prompts {
        private String welcome = "hotline/welcome";
        private String menu = "hotline/menu";
        private String invalid = "hotline/invalid";
        private String toAgent = "hotline/to-agent";
        private String enterTicket = "hotline/enter-ticket";
        private String invalidTicket = "hotline/invalid-ticket";
        private String ticketNotFound = "hotline/ticket-not-found";
        private String ticketIs = "hotline/ticket-is";
        /** Asks a caller calling from another number for the last 4 digits of the phone number on the ticket. */
        private String enterPhoneDigits = "hotline/enter-phone-digits";
        private String phoneDigitsWrong = "hotline/phone-digits-wrong";
        private String statusPrefix = "hotline/status-";
        private String afterStatus = "hotline/after-status";
        private String goodbye = "hotline/goodbye";
        private String surveyQuestion = "hotline/survey-question";
        private String surveyThanks = "hotline/survey-thanks";
        private String surveyGoodbye = "hotline/survey-goodbye";

        public String getWelcome() { return welcome; }
        public void setWelcome(String welcome) { this.welcome = welcome; }
        public String getMenu() { return menu; }
        public void setMenu(String menu) { this.menu = menu; }
        public String getInvalid() { return invalid; }
        public void setInvalid(String invalid) { this.invalid = invalid; }
        public String getToAgent() { return toAgent; }
        public void setToAgent(String toAgent) { this.toAgent = toAgent; }
        public String getEnterTicket() { return enterTicket; }
        public void setEnterTicket(String enterTicket) { this.enterTicket = enterTicket; }
        public String getInvalidTicket() { return invalidTicket; }
        public void setInvalidTicket(String invalidTicket) { this.invalidTicket = invalidTicket; }
        public String getTicketNotFound() { return ticketNotFound; }
        public void setTicketNotFound(String ticketNotFound) { this.ticketNotFound = ticketNotFound; }
        public String getTicketIs() { return ticketIs; }
        public String getEnterPhoneDigits() { return enterPhoneDigits; }
        public void setEnterPhoneDigits(String enterPhoneDigits) { this.enterPhoneDigits = enterPhoneDigits; }
        public String getPhoneDigitsWrong() { return phoneDigitsWrong; }
        public void setPhoneDigitsWrong(String phoneDigitsWrong) { this.phoneDigitsWrong = phoneDigitsWrong; }
        public void setTicketIs(String ticketIs) { this.ticketIs = ticketIs; }
        public String getStatusPrefix() { return statusPrefix; }
        public void setStatusPrefix(String statusPrefix) { this.statusPrefix = statusPrefix; }
        public String getAfterStatus() { return afterStatus; }
        public void setAfterStatus(String afterStatus) { this.afterStatus = afterStatus; }
        public String getGoodbye() { return goodbye; }
        public void setGoodbye(String goodbye) { this.goodbye = goodbye; }
        public String getSurveyQuestion() { return surveyQuestion; }
        public void setSurveyQuestion(String surveyQuestion) { this.surveyQuestion = surveyQuestion; }
        public String getSurveyThanks() { return surveyThanks; }
        public void setSurveyThanks(String surveyThanks) { this.surveyThanks = surveyThanks; }
        public String getSurveyGoodbye() { return surveyGoodbye; }
        public void setSurveyGoodbye(String surveyGoodbye) { this.surveyGoodbye = surveyGoodbye; }
    }
}
