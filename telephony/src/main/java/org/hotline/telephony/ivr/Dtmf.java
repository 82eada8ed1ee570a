package org.hotline.telephony.ivr;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.asteriskjava.fastagi.command.WaitForDigitCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading keys from the caller; a hang-up always surfaces as {@link AgiHangupException}, a missing prompt never does.
 *
 * <p>Asterisk answers {@code GET DATA} with {@code result=-1} both when the caller hung up and when the prompt file
 * does not exist (it cannot play it and gives up before reading keys). The two are told apart by asking for the
 * channel's status: a hung-up channel refuses ({@code 511}) or reports no channel; a live one gets its keys read
 * without the prompt ({@code WAIT FOR DIGIT}), so a missing sound file costs the caller the words, never the menu.
 */
final class Dtmf {

    private static final Logger log = LoggerFactory.getLogger(Dtmf.class);
    /** Prompts found missing, each logged once (operators run {@code ops/asterisk/check-prompts}). */
    private static final Set<String> MISSING = ConcurrentHashMap.newKeySet();

    private Dtmf() {
    }

    /**
     * Plays the prompt and collects up to {@code maxDigits} keys ({@code #} ends early).
     *
     * @return the keys, empty on timeout
     * @throws AgiHangupException when the caller hung up (Asterisk answers {@code result=-1} or 511)
     */
    static String read(AgiChannel channel, String prompt, long timeoutMillis, int maxDigits) throws AgiException {
        String digits = channel.getData(prompt, timeoutMillis, maxDigits);
        if (digits != null && !"-1".equals(digits.trim())) {
            return digits.trim();
        }
        requireAlive(channel);
        missing(prompt);
        return readWithoutPrompt(channel, timeoutMillis, maxDigits);
    }

    /**
     * Plays a prompt that asks for nothing. Asterisk answers {@code result=-1 endpos=0} for a missing file (and
     * {@code result=-1} for a hang-up, which the next command reveals): either way the script goes on.
     */
    static void play(AgiChannel channel, String prompt) throws AgiException {
        if (channel.sendCommand(new StreamFileCommand(prompt)).getResultCode() < 0 && isAlive(channel)) {
            missing(prompt);
        }
    }

    private static String readWithoutPrompt(AgiChannel channel, long timeoutMillis, int maxDigits)
            throws AgiException {
        StringBuilder keys = new StringBuilder();
        while (keys.length() < maxDigits) {
            int key = channel.sendCommand(new WaitForDigitCommand(timeoutMillis)).getResultCode();
            if (key < 0) {
                requireAlive(channel);
                break;
            }
            if (key == 0 || key == '#') {
                break;
            }
            keys.append((char) key);
        }
        return keys.toString();
    }

    private static void requireAlive(AgiChannel channel) throws AgiException {
        if (!isAlive(channel)) {
            throw new AgiHangupException();
        }
    }

    private static boolean isAlive(AgiChannel channel) throws AgiException {
        try {
            return channel.getChannelStatus() >= 0;
        } catch (AgiHangupException e) {
            return false;
        }
    }

    private static void missing(String prompt) {
        if (MISSING.add(prompt)) {
            log.warn("prompt {} cannot be played on Asterisk (missing sound file?); the IVR goes on without it; "
                    + "check with ops/asterisk/check-prompts", prompt);
        }
    }
}
