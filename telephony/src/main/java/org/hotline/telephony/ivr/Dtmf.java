package org.hotline.telephony.ivr;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;

/** Reading keys from the caller; a hang-up always surfaces as {@link AgiHangupException}. */
final class Dtmf {

    private Dtmf() {
    }

    /**
     * Plays the prompt and collects up to {@code maxDigits} keys.
     *
     * @return the keys, empty on timeout
     * @throws AgiHangupException when the caller hung up (Asterisk answers {@code result=-1} or 511)
     */
    static String read(AgiChannel channel, String prompt, long timeoutMillis, int maxDigits) throws AgiException {
        String digits = channel.getData(prompt, timeoutMillis, maxDigits);
        if (digits == null || "-1".equals(digits.trim())) {
            throw new AgiHangupException();
        }
        return digits.trim();
    }
}
