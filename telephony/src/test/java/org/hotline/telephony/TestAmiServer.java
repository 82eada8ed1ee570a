package org.hotline.telephony;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Collections;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An AMI server on a real TCP socket that speaks Asterisk 22's Manager protocol as the fixture transcripts show it:
 * banner, {@code Challenge}/{@code Login} with {@code ActionID} echo, responses, {@code EventList: start/Complete}
 * lists for {@code CoreShowChannels} and {@code QueueStatus}, queue member actions with their events, and replays of
 * recorded events. It keeps the queue members and live channels so reconciliation can be scripted.
 */
public final class TestAmiServer implements AutoCloseable {

    public static final String USERNAME = "admin";
    public static final String SECRET = "secret";
    private static final String CHALLENGE = "840415273";

    private final ServerSocket serverSocket;
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> actions = new CopyOnWriteArrayList<>();
    private final Map<String, Member> members = new ConcurrentHashMap<>();
    private final List<String> channelEvents = new CopyOnWriteArrayList<>();
    private final AmiFixture queueFixture = AmiFixture.load("ami-queue-actions.txt.server.raw");
    private volatile boolean closed;
    private volatile int logins;

    private static final class Member {
        final String queue;
        final String name;
        final String location;
        final String membership;
        volatile boolean paused;
        volatile String reason = "";

        Member(String queue, String name, String location, String membership) {
            this.queue = queue;
            this.name = name;
            this.location = location;
            this.membership = membership;
        }
    }

    private final class Client {
        final Socket socket;
        final OutputStream out;

        Client(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        synchronized void send(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                close();
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
            clients.remove(this);
        }
    }

    public TestAmiServer() {
        try {
            serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        members.put("Local/1001@agents/n", new Member("hotline", "Agent 1001", "Local/1001@agents/n", "static"));
        Thread acceptor = new Thread(this::acceptLoop, "test-ami-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** @return successful logins so far */
    public int logins() {
        return logins;
    }

    public boolean hasClient() {
        return !clients.isEmpty();
    }

    /** @return every action received, header names case-insensitive ({@code Variable} lines joined by {@code |}) */
    public List<Map<String, String>> actions() {
        return List.copyOf(actions);
    }

    public List<Map<String, String>> actions(String name) {
        return actions.stream().filter(a -> name.equalsIgnoreCase(a.get("Action"))).toList();
    }

    /** Sends raw AMI text (one or more messages) to every logged-in client. */
    public void send(String text) {
        clients.forEach(c -> c.send(text));
    }

    /** Replays the messages in order to every client. */
    public void play(List<String> messages) {
        for (String message : messages) {
            send(message);
        }
    }

    /** Sets what {@code CoreShowChannels} lists: {@code CoreShowChannel} event bodies without {@code ActionID}. */
    public void channels(List<String> coreShowChannelEvents) {
        channelEvents.clear();
        channelEvents.addAll(coreShowChannelEvents);
    }

    /** Drops every client connection, as when Asterisk restarts or the network fails. */
    public void dropClients() {
        clients.forEach(Client::close);
    }

    @Override
    public void close() {
        closed = true;
        dropClients();
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = serverSocket.accept();
                Client client = new Client(socket);
                Thread thread = new Thread(() -> serve(client), "test-ami-client");
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                if (!closed) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void serve(Client client) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(client.socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            client.send(queueFixture.banner() + "\r\n");
            Map<String, String> action = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        String key = line.substring(0, colon).trim();
                        String value = line.substring(colon + 1).trim();
                        action.merge(key, value, (a, b) -> a + "|" + b);
                    }
                    continue;
                }
                if (!action.isEmpty()) {
                    actions.add(Collections.unmodifiableMap(action));
                    if (!respond(client, action)) {
                        break;
                    }
                    action = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                }
            }
        } catch (IOException e) {
            // client went away
        } finally {
            client.close();
        }
    }

    private boolean respond(Client client, Map<String, String> action) {
        String id = action.getOrDefault("ActionID", "");
        String name = action.getOrDefault("Action", "");
        switch (name.toLowerCase()) {
            case "challenge" -> client.send(response(id, "Success", null) .replace("\r\n\r\n",
                    "\r\nChallenge: " + CHALLENGE + "\r\n\r\n"));
            case "login" -> {
                if (USERNAME.equals(action.get("Username")) && (SECRET.equals(action.get("Secret"))
                        || md5(CHALLENGE + SECRET).equals(action.get("Key")))) {
                    client.send(response(id, "Success", "Authentication accepted")
                            + queueFixture.first("Event: FullyBooted"));
                    clients.add(client);
                    logins++;
                } else {
                    client.send(response(id, "Error", "Authentication failed"));
                    return false;
                }
            }
            case "coresettings" -> client.send(withActionId(queueFixture.messages().stream()
                    .filter(m -> m.contains("AMIversion")).findFirst().orElseThrow(), id));
            case "command" -> {
                String command = action.getOrDefault("Command", "");
                String output = command.equalsIgnoreCase("core show version")
                        ? "Asterisk 22.10.1 built by root @ build on a x86_64 running Linux on 2026-11-01 00:00:00 UTC"
                        : "No such command '" + command + "' (type 'core show help " + command + "' for help)";
                client.send("Response: Success\r\nActionID: " + id + "\r\nMessage: Command output follows\r\n"
                        + "Output: " + output + "\r\n\r\n");
            }
            case "ping" -> client.send("Response: Success\r\nActionID: " + id
                    + "\r\nPing: Pong\r\nTimestamp: 1795390290.899125\r\n\r\n");
            case "coreshowchannels" -> {
                StringBuilder list = new StringBuilder("Response: Success\r\nActionID: " + id
                        + "\r\nEventList: start\r\nMessage: Channels will follow\r\n\r\n");
                for (String event : channelEvents) {
                    list.append(event.replaceFirst("\r\n", "\r\nActionID: " + id + "\r\n"));
                }
                list.append("Event: CoreShowChannelsComplete\r\nActionID: ").append(id)
                        .append("\r\nEventList: Complete\r\nListItems: ").append(channelEvents.size())
                        .append("\r\n\r\n");
                client.send(list.toString());
            }
            case "queuestatus" -> client.send(queueStatus(id));
            case "queueadd" -> {
                String queue = action.getOrDefault("Queue", "");
                if (!"hotline".equals(queue)) {
                    client.send(response(id, "Error", "Unable to add interface to queue: No such queue"));
                } else {
                    String location = action.get("Interface");
                    Member member = new Member(queue, action.getOrDefault("MemberName", location), location,
                            "dynamic");
                    members.put(location, member);
                    client.send(response(id, "Success", "Added interface to queue"));
                    send(memberEvent("QueueMemberAdded", member));
                }
            }
            case "queueremove" -> {
                Member member = members.remove(action.getOrDefault("Interface", ""));
                if (member == null) {
                    client.send(response(id, "Error", "Unable to remove interface: Not there"));
                } else {
                    client.send(response(id, "Success", "Removed interface from queue"));
                    send(memberEvent("QueueMemberRemoved", member));
                }
            }
            case "queuepause" -> {
                Member member = members.get(action.getOrDefault("Interface", ""));
                if (member == null) {
                    client.send(response(id, "Error", "Interface not found"));
                } else {
                    boolean pause = "true".equalsIgnoreCase(action.get("Paused"));
                    member.paused = pause;
                    member.reason = pause ? action.getOrDefault("Reason", "") : "";
                    client.send(response(id, "Success",
                            pause ? "Interface paused successfully" : "Interface unpaused successfully"));
                    send(memberEvent("QueueMemberPause", member));
                }
            }
            case "originate" -> client.send(response(id, "Success", "Originate successfully queued"));
            case "redirect" -> client.send(response(id, "Success", action.containsKey("ExtraChannel")
                    ? "Dual Redirect successful" : "Redirect successful"));
            // as ami-conference.txt: the room exists while caller and agent are in it
            case "confbridgekick" -> client.send(response(id, "Success", "User kicked"));
            case "mixmonitor" -> client.send(response(id, "Success", null));
            // as ami-atxfer.txt: Asterisk queues the attended transfer, then reports it by events
            case "atxfer" -> client.send(response(id, "Success", "Atxfer successfully queued"));
            case "hangup" -> client.send(response(id, "Success", "Channel Hungup"));
            case "logoff" -> {
                client.send(response(id, "Goodbye", "Thanks for all the fish."));
                return false;
            }
            default -> client.send(response(id, "Error", "Invalid/unknown command: " + name
                    + ". Use Action: ListCommands to show available commands."));
        }
        return true;
    }

    private String queueStatus(String id) {
        StringBuilder list = new StringBuilder("Response: Success\r\nActionID: " + id
                + "\r\nEventList: start\r\nMessage: Queue status will follow\r\n\r\n");
        list.append(withActionId(queueFixture.first("Event: QueueParams"), id));
        int items = 1;
        for (Member member : members.values()) {
            list.append("Event: QueueMember\r\nQueue: ").append(member.queue).append("\r\nName: ")
                    .append(member.name).append("\r\nLocation: ").append(member.location)
                    .append("\r\nStateInterface: ").append(member.location).append("\r\nMembership: ")
                    .append(member.membership).append("\r\nPenalty: 0\r\nCallsTaken: 0\r\nLastCall: 0\r\n")
                    .append("LastPause: 0\r\nLoginTime: 1795390255\r\nInCall: 0\r\nStatus: 1\r\nPaused: ")
                    .append(member.paused ? 1 : 0).append("\r\nPausedReason: ").append(member.reason)
                    .append("\r\nWrapuptime: 0\r\nActionID: ").append(id).append("\r\n\r\n");
            items++;
        }
        list.append("Event: QueueStatusComplete\r\nActionID: ").append(id)
                .append("\r\nEventList: Complete\r\nListItems: ").append(items).append("\r\n\r\n");
        return list.toString();
    }

    private static String memberEvent(String type, Member member) {
        return "Event: " + type + "\r\nPrivilege: agent,all\r\nQueue: " + member.queue + "\r\nMemberName: "
                + member.name + "\r\nInterface: " + member.location + "\r\nStateInterface: " + member.location
                + "\r\nMembership: " + member.membership + "\r\nPenalty: 0\r\nCallsTaken: 0\r\nLastCall: 0\r\n"
                + "LastPause: 0\r\nLoginTime: 1795390280\r\nInCall: 0\r\nStatus: 1\r\nPaused: "
                + (member.paused ? 1 : 0) + "\r\nPausedReason: " + member.reason
                + "\r\nRinginuse: 0\r\nWrapuptime: 0\r\n\r\n";
    }

    private static String response(String id, String response, String message) {
        return "Response: " + response + "\r\nActionID: " + id + "\r\n"
                + (message == null ? "" : "Message: " + message + "\r\n") + "\r\n";
    }

    private static String withActionId(String message, String id) {
        return message.replaceFirst("ActionID: [^\r]*", "ActionID: " + java.util.regex.Matcher.quoteReplacement(id));
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the events of a fixture that the live channels of a call show in {@code CoreShowChannels} */
    public static List<String> coreShowChannelsOf(AmiFixture fixture) {
        List<String> result = new ArrayList<>();
        for (String message : fixture.messages()) {
            if (message.startsWith("Event: CoreShowChannel\r\n")) {
                result.add(message.replaceFirst("ActionID: [^\r]*\r\n", ""));
            }
        }
        return result;
    }
}
