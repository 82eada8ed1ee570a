package org.hotline.console.wiring;

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
import java.util.List;

/**
 * Asterisk's side of one FastAGI session as the recorded {@code agi-session.txt} (telephony test-jar) shows it: the
 * {@code agi_*} environment of the recorded call, a blank line, then one {@code 200 result=…} reply per command.
 * The keys the caller presses are the replies to {@code GET DATA}; {@code ""} is a timeout.
 */
final class AsteriskAgiCall {

    private static final String RECORDED_SCRIPT = "ivr?lang=zh";
    private static final String ENVIRONMENT = environmentOfRecordedSession();
    /** The caller ID of the recorded call: the IVR reads a ticket's status without a question only to it. */
    static final String CALLER = ENVIRONMENT.lines().filter(line -> line.startsWith("agi_callerid: "))
        .map(line -> line.substring("agi_callerid: ".length()).strip()).findFirst().orElseThrow();

    private final Deque<String> keys = new ArrayDeque<>();
    private final String linkedId;

    private AsteriskAgiCall(String linkedId) {
        this.linkedId = linkedId;
    }

    /** A session on a channel whose {@code CHANNEL(linkedid)} is {@code linkedId}. */
    static AsteriskAgiCall onCall(String linkedId) {
        return new AsteriskAgiCall(linkedId);
    }

    AsteriskAgiCall pressing(String... sequence) {
        keys.addAll(List.of(sequence));
        return this;
    }

    /**
     * Connects, requests {@code script} and answers every command until the server closes the socket.
     *
     * @return the commands the script sent, in order, without the {@code AJ_AGISTATUS} variable Asterisk-Java sets
     */
    List<String> run(int port, String script) {
        List<String> commands = new ArrayList<>();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8));
            out.write(ENVIRONMENT.replace(RECORDED_SCRIPT, script).getBytes(StandardCharsets.UTF_8));
            out.flush();
            String command;
            while ((command = in.readLine()) != null) {
                if (!command.startsWith("SET VARIABLE \"AJ_AGISTATUS\"")) {
                    commands.add(command);
                }
                out.write((reply(command) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            return commands;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String reply(String command) {
        if (command.startsWith("GET DATA")) {
            String key = keys.isEmpty() ? "" : keys.poll();
            return key.isEmpty() ? "200 result= (timeout)" : "200 result=" + key;
        }
        if (command.startsWith("STREAM FILE")) {
            return "200 result=0 endpos=3520";
        }
        if (command.contains("${CHANNEL(linkedid)}")) {
            return "200 result=1 (" + linkedId + ")";
        }
        if (command.startsWith("SET VARIABLE") || command.startsWith("HANGUP") || command.startsWith("VERBOSE")) {
            return "200 result=1";
        }
        return "200 result=0";
    }

    static String stream(String prompt) {
        return "STREAM FILE \"" + prompt + "\" \"\"";
    }

    static String sayDigits(String digits) {
        return "SAY DIGITS \"" + digits + "\" \"\"";
    }

    private static String environmentOfRecordedSession() {
        try (InputStream in = AsteriskAgiCall.class.getResourceAsStream("/asterisk/agi-session.txt")) {
            if (in == null) {
                throw new IllegalStateException("agi-session.txt is missing from the telephony test-jar");
            }
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
            if (!env.toString().contains(RECORDED_SCRIPT)) {
                throw new IllegalStateException("the recorded session no longer requests " + RECORDED_SCRIPT);
            }
            return env.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
