package org.hotline.telephony;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A byte-exact transcript of what Asterisk 22 sent ({@code src/test/resources/asterisk/*.server.raw}), split into
 * AMI messages. {@link #unsolicitedEvents()} are the events not belonging to an action's response list: the script
 * a test server replays. {@link #withFreshIds()} rewrites the call ids and caller numbers so that a run on a database
 * that already holds an earlier run's calls creates new records.
 */
public final class AmiFixture {

    private final String banner;
    private final List<String> messages;

    private AmiFixture(String banner, List<String> messages) {
        this.banner = banner;
        this.messages = messages;
    }

    public static AmiFixture load(String name) {
        try (InputStream in = AmiFixture.class.getResourceAsStream("/asterisk/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int bannerEnd = raw.indexOf("\r\n");
            String banner = raw.substring(0, bannerEnd);
            List<String> messages = new ArrayList<>();
            for (String message : raw.substring(bannerEnd + 2).split("\r\n\r\n")) {
                if (!message.isBlank()) {
                    messages.add(message + "\r\n\r\n");
                }
            }
            return new AmiFixture(banner, messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String banner() {
        return banner;
    }

    public List<String> messages() {
        return messages;
    }

    /** @return the events Asterisk sent on its own (no {@code ActionID}), in order */
    public List<String> unsolicitedEvents() {
        return messages.stream()
                .filter(m -> m.startsWith("Event: "))
                .filter(m -> !m.contains("\r\nActionID: "))
                .toList();
    }

    /** @return the first message whose first line is {@code firstLine} */
    public String first(String firstLine) {
        return messages.stream().filter(m -> m.startsWith(firstLine + "\r\n")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no message " + firstLine));
    }

    /** @return a copy whose Uniqueid/Linkedid prefix and caller numbers are random for this run */
    public AmiFixture withFreshIds() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Map<String, String> replace = new LinkedHashMap<>();
        String idPrefix = Long.toString(10_000_000L + random.nextLong(89_999_999L));
        replace.put("13800138000", "138" + (10_000_000 + random.nextInt(89_999_999)));
        replace.put("13700137000", "137" + (10_000_000 + random.nextInt(89_999_999)));
        return new AmiFixture(banner, messages.stream().map(m -> {
            String result = m.replaceAll("17953902(?=[0-9]{2}\\.)", idPrefix);
            for (Map.Entry<String, String> e : replace.entrySet()) {
                result = result.replace(e.getKey(), e.getValue());
            }
            return result;
        }).toList());
    }

    /** @return a copy with every occurrence of {@code from} replaced */
    public AmiFixture replacing(String from, String to) {
        return new AmiFixture(banner, messages.stream().map(m -> m.replace(from, to)).toList());
    }

    /** @return the unsolicited events up to and including the first one starting with {@code firstLine} */
    public List<String> eventsThrough(String firstLine) {
        List<String> events = unsolicitedEvents();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith(firstLine + "\r\n")) {
                return events.subList(0, i + 1);
            }
        }
        throw new IllegalArgumentException("no event " + firstLine);
    }

    /** @return the unsolicited events after the first one starting with {@code firstLine} */
    public List<String> eventsAfter(String firstLine) {
        List<String> events = unsolicitedEvents();
        return events.subList(eventsThrough(firstLine).size(), events.size());
    }

    /** @return the value of {@code header} in the first message of type {@code firstLine} */
    public String header(String firstLine, String header) {
        return Arrays.stream(first(firstLine).split("\r\n"))
                .filter(line -> line.startsWith(header + ": "))
                .map(line -> line.substring(header.length() + 2))
                .findFirst()
                .orElseThrow();
    }
}
