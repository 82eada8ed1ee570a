package org.hotline.knowledge.classify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.hotline.knowledge.InvalidKbEntryException;
import org.hotline.knowledge.KnowledgeProperties;
import org.hotline.knowledge.SimilarTicket;
import org.hotline.knowledge.SimilarTickets;
import org.hotline.knowledge.SimilarityReason;
import org.hotline.knowledge.TicketSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Open tickets of the last 30 days held in memory with their character-bigram vectors; the table
 * {@code kb_ticket_snapshot} is the durable copy from which the memory is rebuilt at start. A lookup scans the open
 * tickets (thousands, not millions, in a city), comparing text only where the district matches.
 */
@Service
class SimilarTicketIndex implements SimilarTickets, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SimilarTicketIndex.class);
    private static final Duration CALLER_WINDOW = Duration.ofDays(30);
    private static final Duration TEXT_WINDOW = Duration.ofDays(7);
    private static final Pattern TICKET_NO = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    private static final int MAX_TEXT = 4000;
    private static final int MAX_RESULTS = 10;
    private static final double NUMBER_WEIGHT = 3.0;

    /** An open ticket as held in memory. */
    private record Indexed(String ticketNo, String phoneHash, String districtCode, String categoryCode,
                           Instant registeredAt, Map<String, Double> vector) {
    }

    private final TicketSnapshotMapper mapper;
    private final KnowledgeProperties properties;
    private final Map<String, Indexed> open = new ConcurrentHashMap<>();
    private volatile boolean running;

    SimilarTicketIndex(TicketSnapshotMapper mapper, KnowledgeProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    @Override
    public void index(TicketSnapshot snapshot) {
        SnapshotRow row = toRow(snapshot);
        if (mapper.update(row) == 0) {
            try {
                mapper.insert(row);
            } catch (DuplicateKeyException indexedConcurrently) {
                mapper.update(row);
            }
        }
        if (row.openFlag) {
            open.put(row.ticketNo, indexed(row));
        } else {
            open.remove(row.ticketNo);
        }
    }

    @Override
    public void close(String ticketNo) {
        if (ticketNo == null || !TICKET_NO.matcher(ticketNo).matches()) {
            return;
        }
        mapper.close(ticketNo, Instant.now());
        open.remove(ticketNo);
    }

    @Override
    public void remove(String ticketNo) {
        if (ticketNo == null || !TICKET_NO.matcher(ticketNo).matches()) {
            return;
        }
        mapper.delete(ticketNo);
        open.remove(ticketNo);
    }

    /** Deletes the snapshots of tickets registered before the cutoff, from the table and from memory. */
    int purgeRegisteredBefore(Instant cutoff) {
        int deleted = mapper.deleteRegisteredBefore(cutoff);
        open.values().removeIf(t -> t.registeredAt().isBefore(cutoff));
        return deleted;
    }

    @Override
    public List<SimilarTicket> find(String text, String phone, String districtCode, String categoryCode) {
        Instant now = Instant.now();
        String phoneHash = phoneHash(phone);
        String district = blankToNull(districtCode);
        String category = blankToNull(categoryCode);
        Map<String, Double> query = vector(text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        double threshold = properties.getSimilarTextThreshold();
        List<SimilarTicket> found = new ArrayList<>();
        for (Indexed t : open.values()) {
            boolean sameCaller = phoneHash != null && phoneHash.equals(t.phoneHash())
                    && !t.registeredAt().isBefore(now.minus(CALLER_WINDOW));
            boolean sameArea = district != null && district.equals(t.districtCode())
                    && (category == null || category.equals(t.categoryCode()))
                    && !t.registeredAt().isBefore(now.minus(TEXT_WINDOW));
            if (!sameCaller && !sameArea) {
                continue;
            }
            double similarity = cosine(query, t.vector());
            if (sameCaller) {
                found.add(result(t, SimilarityReason.SAME_CALLER, query.isEmpty() ? 1.0 : similarity));
            } else if (!query.isEmpty() && similarity >= threshold) {
                found.add(result(t, SimilarityReason.SIMILAR_TEXT, similarity));
            }
        }
        found.sort(Comparator.comparing(SimilarTicket::reason).thenComparing(SimilarTicket::score,
                Comparator.reverseOrder()).thenComparing(SimilarTicket::ticketNo));
        return found.size() > MAX_RESULTS ? List.copyOf(found.subList(0, MAX_RESULTS)) : List.copyOf(found);
    }

    @Override
    public void start() {
        open.clear();
        for (SnapshotRow row : mapper.openSince(Instant.now().minus(CALLER_WINDOW))) {
            open.put(row.ticketNo, indexed(row));
        }
        running = true;
        log.info("similar-ticket index loaded openTickets={}", open.size());
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private SnapshotRow toRow(TicketSnapshot s) {
        List<String> problems = new ArrayList<>();
        if (s == null) {
            throw new InvalidKbEntryException(List.of("snapshot is missing"));
        }
        if (s.ticketNo() == null || !TICKET_NO.matcher(s.ticketNo()).matches()) {
            problems.add("ticket number is missing or malformed");
        }
        if (s.text() == null || s.text().isBlank() || s.text().length() > MAX_TEXT) {
            problems.add("text must be 1.." + MAX_TEXT + " characters");
        }
        if (s.districtCode() != null && !CODE.matcher(s.districtCode()).matches()) {
            problems.add("district code is malformed");
        }
        if (s.categoryCode() != null && !CODE.matcher(s.categoryCode()).matches()) {
            problems.add("category code is malformed");
        }
        if (s.registeredAt() == null) {
            problems.add("registration time is missing");
        }
        if (!problems.isEmpty()) {
            throw new InvalidKbEntryException(problems);
        }
        SnapshotRow row = new SnapshotRow();
        row.ticketNo = s.ticketNo();
        row.textBody = s.text().strip();
        row.phoneHash = phoneHash(s.citizenPhone());
        row.districtCode = s.districtCode();
        row.categoryCode = s.categoryCode();
        row.openFlag = s.open();
        row.registeredAt = s.registeredAt();
        row.updatedAt = Instant.now();
        return row;
    }

    private Indexed indexed(SnapshotRow row) {
        return new Indexed(row.ticketNo, row.phoneHash, row.districtCode, row.categoryCode, row.registeredAt,
                vector(row.textBody));
    }

    private static SimilarTicket result(Indexed t, SimilarityReason reason, double score) {
        return new SimilarTicket(t.ticketNo(), reason, Math.round(score * 1000) / 1000.0, t.districtCode(),
                t.categoryCode(), t.registeredAt());
    }

    /**
     * Unit-length vector of the text's Han bigrams (weight 1) and short numbers (weight 3): house numbers and
     * similar short figures (滨江路128号) tell one matter from another in the same district far better than the
     * common words around them. Runs of five or more digits (phone and ID numbers) are left out.
     */
    static Map<String, Double> vector(String text) {
        Map<String, Double> vector = new HashMap<>();
        int previousHan = -1;
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(cp) : 1;
            if (cp >= '0' && cp <= '9') {
                digits.append((char) cp);
                previousHan = -1;
                continue;
            }
            if (digits.length() > 0 && digits.length() <= 4) {
                vector.put(digits.toString(), NUMBER_WEIGHT);
            }
            digits.setLength(0);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                if (previousHan >= 0) {
                    vector.put(new String(Character.toChars(previousHan)) + new String(Character.toChars(cp)), 1.0);
                }
                previousHan = cp;
            } else {
                previousHan = -1;
            }
        }
        double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            vector.replaceAll((f, w) -> w / norm);
        }
        return vector;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot;
    }

    /** Salted SHA-256 of the digits, the national prefix dropped; {@code null} when there are too few digits. */
    private String phoneHash(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = NON_DIGITS.matcher(phone).replaceAll("");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        if (digits.length() < 5 || digits.length() > 20) {
            return null;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Objects.requireNonNull(properties.getPhoneHashSalt()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(digits.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
