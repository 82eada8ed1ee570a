package org.hotline.console.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hotline.console.HotlineApplication;
import org.hotline.console.TestApi;
import org.hotline.console.api.channel.SignedClient;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Web-form intake on MariaDB with 4 client threads: contacts per second and latency of (a) the whole HTTP intake
 * ({@code POST /api/channel/web}: signature, JSON, validation, citizen profile, insert, push) and (b) the same intake
 * below HTTP ({@code Contacts.receive}), each against (c) a bare MyBatis insert of the same contact row (the
 * module's own insert statement, no citizen look-up, no event), all in the same run. Target: (b)/(c) ≥ 0.8 and
 * p99 ≤ 50 ms. Database {@code hotline_bench} (profile {@code bench}). Writes {@code target/bench/contact-intake.json}.
 */
@SpringBootTest(classes = HotlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"hotline.ami.host=", "hotline.channel.web.clients.demo.secret=demo-secret-change-me"})
@ActiveProfiles({"mysql", "it", "bench"})
class ContactIntakeBench {

    private static final int THREADS = 4;
    private static final int WARM_UP = 100;
    private static final int PER_THREAD = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Contacts contacts;
    @Autowired
    SqlSessionFactory sessions;
    @LocalServerPort
    int port;

    @Test
    void measuresWebFormIntakeAgainstABareInsert() throws Exception {
        SqlSessionTemplate bare = new SqlSessionTemplate(sessions);
        SignedClient client = new SignedClient(port);
        AtomicLong phones = new AtomicLong(13_900_000_000L + (System.nanoTime() % 1_000_000) * 10);
        String run = UUID.randomUUID().toString().substring(0, 8);

        LongConsumer http = n -> {
            TestApi.Response r = client.post("/api/channel/web", "{\"phone\":\"" + phones.incrementAndGet()
                + "\",\"content\":\"井盖缺失 bench " + run + "\",\"externalId\":\"" + run + "-h" + n + "\"}").send();
            if (r.status() != 202) {
                throw new IllegalStateException(r.toString());
            }
        };
        LongConsumer service = n -> contacts.receive(new InboundMessage(ContactChannel.WEB, "demo:" + run + "-s" + n,
            List.of(CitizenIdentity.of(IdentityKind.PHONE, Long.toString(phones.incrementAndGet()), "phone")), null,
            "井盖缺失 bench " + run, List.of(), null, null, null, null, Instant.now()));
        LongConsumer insert = n -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("channel", "WEB");
            row.put("externalId", "demo:" + run + "-b" + n);
            row.put("citizenId", 1L);
            row.put("identityKind", "PHONE");
            row.put("identityValue", Long.toString(phones.incrementAndGet()));
            row.put("contentText", "井盖缺失 bench " + run);
            row.put("receivedAt", Instant.now());
            row.put("status", "QUEUED");
            row.put("urgent", false);
            row.put("responseDueAt", Instant.now().plusSeconds(180));
            for (String absent : List.of("citizenName", "attachmentsJson", "latitude", "longitude", "locationLabel",
                    "categoryHint", "districtHint", "address")) {
                row.put(absent, null);
            }
            bare.insert("org.hotline.telephony.channel.ContactMapper.insert", row);
        };

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("threads", THREADS);
        results.put("contactsPerPhase", THREADS * PER_THREAD);
        run(insert, WARM_UP, 1_000_000);
        run(service, WARM_UP, 1_000_000);
        run(http, WARM_UP, 1_000_000);
        Map<String, Object> bareFigures = run(insert, PER_THREAD, 0);
        Map<String, Object> serviceFigures = run(service, PER_THREAD, 0);
        Map<String, Object> httpFigures = run(http, PER_THREAD, 0);
        results.put("bareMyBatisInsert", bareFigures);
        results.put("contactsReceive", serviceFigures);
        results.put("httpWebForm", httpFigures);
        double bareRate = (double) bareFigures.get("perSecond");
        results.put("receiveOverBareRate", round((double) serviceFigures.get("perSecond") / bareRate));
        results.put("httpOverBareRate", round((double) httpFigures.get("perSecond") / bareRate));
        results.put("targetRatio", 0.8);
        results.put("targetP99Ms", 50);
        results.put("receiveTargetMet", (double) results.get("receiveOverBareRate") >= 0.8
            && (double) serviceFigures.get("p99Ms") <= 50);
        results.put("httpTargetMet", (double) results.get("httpOverBareRate") >= 0.8
            && (double) httpFigures.get("p99Ms") <= 50);

        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results);
        System.out.println("ContactIntakeBench " + json);
        Path out = Path.of("target", "bench", "contact-intake.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        assertThat((double) httpFigures.get("perSecond")).isPositive();
    }

    private static Map<String, Object> run(LongConsumer task, int perThread, long offset) throws Exception {
        long[] bases = new long[THREADS];
        for (int t = 0; t < THREADS; t++) {
            bases[t] = offset + (long) t * perThread + System.nanoTime() % 100_000 * 10_000;
        }
        return BenchTimer.run(THREADS, perThread, (thread, i) -> task.accept(bases[thread] + i));
    }

    private static double round(double value) {
        return BenchTimer.round(value);
    }
}
