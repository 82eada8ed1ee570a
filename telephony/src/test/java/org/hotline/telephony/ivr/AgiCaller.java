package org.hotline.telephony.ivr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plays Asterisk's side of a FastAGI session as {@code agi-session.txt} recorded it: the {@code agi_*} environment,
 * a blank line, then one {@code 200 result=…} reply per command. Keys the caller "presses" are the replies to
 * {@code GET DATA}; {@link #hangUpAt(int)} makes the caller hang up at a given {@code GET DATA}.
 */
final class AgiCaller {

    private static final String ENVIRONMENT = environmentOfRecordedSession();

    private final Deque<String> keys = new ArrayDeque<>();
    private final List<String> commands = new ArrayList<>();
    private int hangUpAtGetData = -1;
    private boolean closeOnHangUp;
    private String linkedId = "1795390263.0";
    private final Set<String> missingPrompts = new HashSet<>();
    private String typing = null;

    /** Queues the keys for the next {@code GET DATA}s; {@code ""} means the caller pressed nothing (timeout). */
    AgiCaller pressing(String... sequence) {
        keys.addAll(List.of(sequence));
        return this;
    }

    /** The caller hangs up while the n-th (1-based) {@code GET DATA} plays: Asterisk answers {@code result=-1}. */
    AgiCaller hangUpAt(int getData) {
        this.hangUpAtGetData = getData;
        return this;
    }

    /** Instead of answering {@code result=-1}, the socket just closes. */
    AgiCaller closingSocketOnHangUp() {
        this.closeOnHangUp = true;
        return this;
    }

    /**
     * These sound files do not exist on the Asterisk server: {@code STREAM FILE} answers {@code result=-1 endpos=0}
     * and {@code GET DATA} answers {@code result=-1} without reading keys, as Asterisk 22 does; the caller's keys
     * then reach {@code WAIT FOR DIGIT} one by one (ASCII code, {@code 0} when a key string is used up or empty).
     */
    AgiCaller missing(String... prompts) {
        missingPrompts.addAll(List.of(prompts));
        return this;
    }

    AgiCaller withLinkedId(String value) {
        this.linkedId = value;
        return this;
    }

    /**
     * Connects and runs the session until the server closes the socket.
     *
     * @param script e.g. {@code ivr?lang=zh}
     * @return the commands the script sent, in order, without the {@code AJ_AGISTATUS} variable Asterisk-Java sets
     *         after every script
     */
    List<String> call(int port, String script) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            out.write(ENVIRONMENT.replace("ivr?lang=zh", script).getBytes(StandardCharsets.UTF_8));
            out.flush();
            int getData = 0;
            String command;
            while ((command = in.readLine()) != null) {
                if (!command.startsWith("SET VARIABLE \"AJ_AGISTATUS\"")) {
                    commands.add(command);
                }
                String reply;
                if (command.startsWith("GET DATA")) {
                    getData++;
                    if (getData == hangUpAtGetData) {
                        if (closeOnHangUp) {
                            return List.copyOf(commands);
                        }
                        reply = "200 result=-1";
                    } else if (missingPrompts.contains(promptOf(command))) {
                        reply = "200 result=-1";
                    } else {
                        String key = keys.isEmpty() ? "" : keys.poll();
                        reply = key.isEmpty() ? "200 result= (timeout)" : "200 result=" + key;
                    }
                } else if (getData >= hangUpAtGetData && hangUpAtGetData > 0) {
                    reply = "511 Command Not Permitted on a dead channel or intercept routine";
                } else if (command.startsWith("STREAM FILE")) {
                    reply = missingPrompts.contains(promptOf(command)) ? "200 result=-1 endpos=0"
                            : "200 result=0 endpos=3520";
                } else if (command.startsWith("WAIT FOR DIGIT")) {
                    reply = "200 result=" + nextDigit();
                } else if (command.startsWith("CHANNEL STATUS")) {
                    reply = "200 result=6";
                } else if (command.contains("${CHANNEL(linkedid)}")) {
                    reply = "200 result=1 (" + linkedId + ")";
                } else if (command.startsWith("SET VARIABLE") || command.startsWith("HANGUP")
                        || command.startsWith("VERBOSE")) {
                    reply = "200 result=1";
                } else {
                    reply = "200 result=0";
                }
                out.write((reply + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            return List.copyOf(commands);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One key of the current key string, {@code 0} once it is used up (the caller stops typing). */
    private int nextDigit() {
        if (typing == null) {
            typing = keys.isEmpty() ? "" : keys.poll();
        }
        if (typing.isEmpty()) {
            typing = null;
            return 0;
        }
        char digit = typing.charAt(0);
        typing = typing.substring(1);
        return digit;
    }

    private static String promptOf(String command) {
        int open = command.indexOf('"');
        int close = command.indexOf('"', open + 1);
        return open < 0 || close < 0 ? "" : command.substring(open + 1, close);
    }

    static String stream(String prompt) {
        return "STREAM FILE \"" + prompt + "\" \"\"";
    }

    static String getData(String prompt, long timeout, int digits) {
        return "GET DATA \"" + prompt + "\" " + timeout + " " + digits;
    }

    static String choice(String key) {
        return "SET VARIABLE \"IVR_CHOICE\" \"" + key + "\"";
    }

    static String sayDigits(String digits) {
        return "SAY DIGITS \"" + digits + "\" \"\"";
    }

    private static String environmentOfRecordedSession() {
        try (InputStream in = AgiCaller.class.getResourceAsStream("/asterisk/agi-session.txt")) {
            StringBuilder env = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("[s1 ")) {
                    continue;
                }
                String content = line.substring(line.indexOf(']') + 2);
                if (content.startsWith("<< (blank line")) {
                    env.append('\n');
                    break;
                }
                if (content.startsWith("<< agi_")) {
                    env.append(content.substring(3)).append('\n');
                }
            }
            return env.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
