package org.hotline.console.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.hotline.console.HotlineApplication;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactReceipt;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
import org.hotline.telephony.WeChatOfficialAccount;
import org.hotline.telephony.WeChatOfficialAccount.WeChatRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * WeChat safe mode on MariaDB with 4 threads, messages per second and latency of one pushed text message: verify the
 * signatures, decrypt (AES-256-CBC), parse, store the contact and encrypt the passive reply. Two implementations in
 * the same run on the same pre-encrypted messages: (a) the module's own ({@link WeChatOfficialAccount#receive}:
 * JDK crypto, DOM parser refusing DOCTYPE) and (b) WxJava's ({@code WxMpXmlMessage.fromEncryptedXml}: WxCryptUtil
 * and XStream, then the same {@code Contacts.receive}, reply by {@code WxMpXmlOutMessage.toEncryptedXml}). Each also
 * without the store (a subscribe event: decrypt + parse + reply only), which isolates the protocol work from the
 * database. Writes {@code target/bench/wechat-safe-mode.json}; the ratio is WxJava over the module's own.
 */
@SpringBootTest(classes = HotlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"hotline.ami.host=",
    // Its own data directory: another bench's context in the same JVM holds the knowledge index lock.
    "hotline.data-dir=target/bench-data-wechat",
    "hotline.channel.wechat.token=" + WeChatSafeModeBench.TOKEN,
    "hotline.channel.wechat.encoding-aes-key=" + WeChatSafeModeBench.AES_KEY,
    "hotline.channel.wechat.app-id=" + WeChatSafeModeBench.APP_ID})
@ActiveProfiles({"mysql", "it", "bench"})
class WeChatSafeModeBench {

    static final String TOKEN = "bench-wechat-token";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String APP_ID = "wxbench0123456789";
    private static final int THREADS = 4;
    private static final int WARM_UP = 200;
    /** Calls per thread in each of the two measured rounds. */
    private static final int ROUND = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WeChatOfficialAccount account;
    @Autowired
    Contacts contacts;

    @Test
    void measuresTheModulesSafeModeAgainstWxJava() throws Exception {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(APP_ID);
        config.setToken(TOKEN);
        config.setAesKey(AES_KEY);
        WxCryptUtil crypt = new WxCryptUtil(TOKEN, AES_KEY, APP_ID);
        String run = UUID.randomUUID().toString().substring(0, 8);
        int total = THREADS * (WARM_UP + 2 * ROUND);

        Pushed[] ownTexts = pushed(crypt, run + "a", total, false);
        Pushed[] wxTexts = pushed(crypt, run + "b", total, false);
        Pushed[] ownEvents = pushed(crypt, run + "c", total, true);
        Pushed[] wxEvents = pushed(crypt, run + "d", total, true);

        IntConsumer ownStore = own(ownTexts, true);
        IntConsumer wxStore = wxJava(wxTexts, config, true);
        IntConsumer ownOnly = own(ownEvents, false);
        IntConsumer wxOnly = wxJava(wxEvents, config, false);

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("threads", THREADS);
        results.put("messagesPerImplementation", THREADS * 2 * ROUND);
        results.put("rounds", "A B B A: own, WxJava, WxJava, own (a shared machine drifts; each gets an early and a late turn)");
        run(ownStore, 0, WARM_UP);
        run(wxStore, 0, WARM_UP);
        run(ownOnly, 0, WARM_UP);
        run(wxOnly, 0, WARM_UP);
        List<Map<String, Object>> withStore = abba(ownStore, wxStore);
        List<Map<String, Object>> protocolOnly = abba(ownOnly, wxOnly);
        Map<String, Object> own = withStore.get(0);
        Map<String, Object> wx = withStore.get(1);
        Map<String, Object> ownProtocol = protocolOnly.get(0);
        Map<String, Object> wxProtocol = protocolOnly.get(1);
        results.put("ownWithStore", own);
        results.put("wxJavaWithStore", wx);
        results.put("ownProtocolOnly", ownProtocol);
        results.put("wxJavaProtocolOnly", wxProtocol);
        results.put("wxJavaOverOwnRateWithStore", round((double) wx.get("perSecond") / (double) own.get("perSecond")));
        results.put("wxJavaOverOwnRateProtocolOnly",
            round((double) wxProtocol.get("perSecond") / (double) ownProtocol.get("perSecond")));
        results.put("wxJavaOverOwnP99WithStore", round((double) wx.get("p99Ms") / (double) own.get("p99Ms")));
        results.put("wxJavaOverOwnP50ProtocolOnly",
            round((double) wxProtocol.get("p50Ms") / (double) ownProtocol.get("p50Ms")));

        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results);
        System.out.println("WeChatSafeModeBench " + json);
        Path out = Path.of("target", "bench", "wechat-safe-mode.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        assertThat(contacts.findByExternalId(ContactChannel.WECHAT, ownTexts[total - 1].msgId)).isPresent();
        assertThat(contacts.findByExternalId(ContactChannel.WECHAT, wxTexts[total - 1].msgId)).isPresent();
    }

    private IntConsumer own(Pushed[] messages, boolean expectXml) {
        return i -> {
            Pushed m = messages[i];
            WeChatOfficialAccount.WeChatReply reply = account.receive(new WeChatRequest(
                SHA1.gen(TOKEN, m.timestamp, m.nonce), m.timestamp, m.nonce, "aes", m.msgSignature, m.body));
            if (!reply.xml() || !reply.body().contains("<Encrypt>")) {
                throw new IllegalStateException("no encrypted reply: " + reply);
            }
        };
    }

    private IntConsumer wxJava(Pushed[] messages, WxMpDefaultConfigImpl config, boolean store) {
        return i -> {
            Pushed m = messages[i];
            String signature = SHA1.gen(TOKEN, m.timestamp, m.nonce);
            if (!SHA1.gen(TOKEN, m.timestamp, m.nonce).equals(signature)) {
                throw new IllegalStateException("wrong signature");
            }
            WxMpXmlMessage message = WxMpXmlMessage.fromEncryptedXml(new String(m.body, StandardCharsets.UTF_8),
                config, m.timestamp, m.nonce, m.msgSignature);
            String text;
            if ("event".equals(message.getMsgType())) {
                text = "欢迎关注12345政务服务便民热线。";
            } else {
                ContactReceipt receipt = contacts.receive(new InboundMessage(ContactChannel.WECHAT,
                    Long.toString(message.getMsgId()), List.of(CitizenIdentity.of(IdentityKind.WECHAT,
                    message.getFromUser(), "FromUserName")), null, message.getContent().strip(), List.of(), null,
                    null, null, null, Instant.ofEpochSecond(message.getCreateTime())));
                text = "您的留言已收到，编号" + receipt.contact().contactNo() + "，我们将在3分钟内答复。";
            }
            String reply = WxMpXmlOutMessage.TEXT().content(text).fromUser(message.getToUser())
                .toUser(message.getFromUser()).build().toEncryptedXml(config);
            boolean stored = !"event".equals(message.getMsgType());
            if (!reply.contains("<Encrypt>") || stored != store) {
                throw new IllegalStateException("unexpected reply or message type");
            }
        };
    }

    /** Messages as WeChat pushes them in safe mode, encrypted before the clock starts. */
    private static Pushed[] pushed(WxCryptUtil crypt, String run, int count, boolean events) {
        Pushed[] messages = new Pushed[count];
        long base = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L) * 1000;
        for (int i = 0; i < count; i++) {
            String openid = "o" + run + String.format("%020d", i);
            long msgId = base + i;
            String plain = "<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime>"
                + (events ? "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>"
                    : "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[小区门口路灯不亮 " + run + " " + i
                        + "]]></Content><MsgId>" + msgId + "</MsgId>") + "</xml>";
            WxCryptUtil.EncryptContext context = crypt.encryptContext(plain);
            String envelope = "<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><Encrypt><![CDATA["
                + context.getEncrypt() + "]]></Encrypt></xml>";
            messages[i] = new Pushed(Long.toString(msgId), context.getTimeStamp(), context.getNonce(),
                context.getSignature(), envelope.getBytes(StandardCharsets.UTF_8));
        }
        return messages;
    }

    private static Map<String, Object> run(IntConsumer task, int offset, int perThread) throws Exception {
        return run(task, offset, perThread, new ArrayList<>(), new double[1]);
    }

    private static Map<String, Object> run(IntConsumer task, int offset, int perThread, List<Double> latencies,
                                           double[] seconds) throws Exception {
        return BenchTimer.run(THREADS, perThread, (thread, i) -> task.accept(THREADS * offset + thread * perThread + i),
            latencies, seconds);
    }

    /**
     * Runs the rounds in the order own, WxJava, WxJava, own.
     *
     * @return the figures of the own implementation, then WxJava's, each over both its rounds
     */
    private static List<Map<String, Object>> abba(IntConsumer own, IntConsumer wxJava) throws Exception {
        List<Double> ownLatencies = new ArrayList<>();
        List<Double> wxLatencies = new ArrayList<>();
        double[] ownSeconds = new double[1];
        double[] wxSeconds = new double[1];
        run(own, WARM_UP, ROUND, ownLatencies, ownSeconds);
        run(wxJava, WARM_UP, ROUND, wxLatencies, wxSeconds);
        run(wxJava, WARM_UP + ROUND, ROUND, wxLatencies, wxSeconds);
        run(own, WARM_UP + ROUND, ROUND, ownLatencies, ownSeconds);
        return List.of(BenchTimer.figures(ownLatencies, ownSeconds[0]), BenchTimer.figures(wxLatencies, wxSeconds[0]));
    }

    private static double round(double value) {
        return BenchTimer.round(value);
    }

    private record Pushed(String msgId, String timestamp, String nonce, String msgSignature, byte[] body) {
    }
}
