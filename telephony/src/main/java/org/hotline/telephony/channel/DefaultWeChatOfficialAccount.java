package org.hotline.telephony.channel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotline.telephony.Attachment;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactReceipt;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.GeoLocation;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
import org.hotline.telephony.InvalidChannelMessageException;
import org.hotline.telephony.InvalidContactException;
import org.hotline.telephony.SignatureRejectedException;
import org.hotline.telephony.TicketStatusLookup;
import org.hotline.telephony.WeChatOfficialAccount;
import org.springframework.stereotype.Service;

@Service
class DefaultWeChatOfficialAccount implements WeChatOfficialAccount {

    static final String SUCCESS = "success";
    private static final Pattern STATUS_QUERY = Pattern.compile("\\s*查询\\s*(JH\\d{14})\\s*");
    private static final Map<String, String> STATUS_WORDS = Map.of("registered", "已受理，等待派单",
        "dispatched", "已派至承办单位", "returned", "正在重新派单", "in-progress", "承办单位办理中",
        "awaiting-citizen", "等待您补充材料", "extension-requested", "承办单位申请延期中", "replied", "已答复，审核中",
        "follow-up", "已答复，等待回访", "merged", "已与同类诉求合并办理", "closed", "已办结");

    private final ChannelProperties.WeChatSettings settings;
    private final Contacts contacts;
    private final TicketStatusLookup statuses;

    DefaultWeChatOfficialAccount(ChannelProperties properties, Contacts contacts, TicketStatusLookup statuses) {
        this.settings = properties.getWechat();
        this.contacts = contacts;
        this.statuses = statuses;
    }

    @Override
    public boolean enabled() {
        return settings.getToken() != null && !settings.getToken().isBlank();
    }

    @Override
    public String handshake(String signature, String timestamp, String nonce, String echostr) {
        requireEnabled();
        WeChatCrypto.verify(signature, settings.getToken(), timestamp, nonce);
        return echostr == null ? "" : echostr;
    }

    @Override
    public WeChatReply receive(WeChatRequest request) {
        requireEnabled();
        WeChatCrypto.verify(request.signature(), settings.getToken(), request.timestamp(), request.nonce());
        boolean safe = "aes".equalsIgnoreCase(request.encryptType());
        Map<String, String> envelope = SafeXml.fields(request.body());
        Map<String, String> message;
        WeChatCrypto crypto = null;
        if (safe) {
            crypto = crypto();
            String encrypted = envelope.get("Encrypt");
            if (encrypted == null) {
                throw new InvalidChannelMessageException("safe-mode message without Encrypt");
            }
            WeChatCrypto.verify(request.msgSignature(), settings.getToken(), request.timestamp(), request.nonce(),
                encrypted);
            message = SafeXml.fields(crypto.decrypt(encrypted));
        } else {
            message = envelope;
        }
        Optional<String> text = answer(message);
        if (text.isEmpty()) {
            return new WeChatReply(false, SUCCESS);
        }
        String reply = textReply(message.get("FromUserName"), message.get("ToUserName"), text.get());
        return new WeChatReply(true, safe ? encryptedReply(crypto, reply, request.timestamp()) : reply);
    }

    private Optional<String> answer(Map<String, String> message) {
        String type = required(message, "MsgType");
        String openid = required(message, "FromUserName");
        required(message, "ToUserName");
        CitizenIdentity identity;
        try {
            identity = CitizenIdentity.of(IdentityKind.WECHAT, openid, "FromUserName");
        } catch (InvalidContactException e) {
            throw new InvalidChannelMessageException("FromUserName is not an openid");
        }
        if ("event".equals(type)) {
            return "subscribe".equalsIgnoreCase(message.get("Event"))
                ? Optional.of("欢迎关注12345政务服务便民热线。直接留言即可反映诉求；发送“查询 工单号”可查询办理进度。")
                : Optional.empty();
        }
        if ("text".equals(type)) {
            Matcher query = STATUS_QUERY.matcher(message.getOrDefault("Content", ""));
            if (query.matches()) {
                return Optional.of(status(query.group(1), identity));
            }
        }
        InboundMessage inbound = inbound(type, message, identity);
        ContactReceipt receipt = contacts.receive(inbound);
        return Optional.of("您的留言已收到，编号" + receipt.contact().contactNo() + "，我们将在3分钟内答复。");
    }

    private InboundMessage inbound(String type, Map<String, String> message, CitizenIdentity identity) {
        String msgId = required(message, "MsgId");
        String text = "";
        List<Attachment> attachments = List.of();
        GeoLocation location = null;
        switch (type) {
            case "text" -> text = message.getOrDefault("Content", "");
            case "voice" -> {
                text = message.getOrDefault("Recognition", "");
                attachments = List.of(new Attachment("voice." + message.getOrDefault("Format", "amr"), "audio/amr", 0,
                    null));
            }
            case "image" -> attachments = List.of(new Attachment("image.jpg", "image/jpeg", 0,
                message.get("PicUrl")));
            case "location" -> {
                try {
                    location = new GeoLocation(Double.parseDouble(required(message, "Location_X")),
                        Double.parseDouble(required(message, "Location_Y")), message.get("Label"));
                } catch (IllegalArgumentException e) {
                    throw new InvalidChannelMessageException("bad location");
                }
            }
            default -> throw new InvalidChannelMessageException("unsupported MsgType " + type);
        }
        Instant at = createdAt(message);
        try {
            InboundMessage inbound = new InboundMessage(ContactChannel.WECHAT, msgId, List.of(identity), null,
                text.strip(), attachments, location, null, null, null, at);
            inbound.validate();
            return inbound;
        } catch (InvalidContactException e) {
            throw new InvalidChannelMessageException("invalid " + String.join(", ", e.errors().keySet()));
        }
    }

    /** Only a ticket registered from a contact of the same citizen is told, so numbers cannot be probed. */
    private String status(String ticketNo, CitizenIdentity identity) {
        Optional<Long> citizen = contacts.citizenOf(identity);
        boolean own = citizen.isPresent() && contacts.ofTicket(ticketNo).stream()
            .anyMatch(c -> c.citizenId() == citizen.get());
        if (!own) {
            return "未找到您反映的工单" + ticketNo + "。只能查询通过本微信号反映的工单。";
        }
        return statuses.statusOf(ticketNo)
            .map(info -> "工单" + ticketNo + "：" + STATUS_WORDS.getOrDefault(info.promptKey(), info.promptKey()) + "。")
            .orElse("未找到您反映的工单" + ticketNo + "。只能查询通过本微信号反映的工单。");
    }

    private static Instant createdAt(Map<String, String> message) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(message.getOrDefault("CreateTime", "").trim()));
        } catch (NumberFormatException e) {
            return Instant.now();
        }
    }

    private static String required(Map<String, String> message, String field) {
        String value = message.get(field);
        if (value == null || value.isBlank() || value.length() > InboundMessage.MAX_EXTERNAL_ID) {
            throw new InvalidChannelMessageException("missing or oversized " + field);
        }
        return value.strip();
    }

    static String textReply(String toUser, String fromUser, String content) {
        return "<xml><ToUserName><![CDATA[" + cdata(toUser) + "]]></ToUserName><FromUserName><![CDATA["
            + cdata(fromUser) + "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond()
            + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + cdata(content)
            + "]]></Content></xml>";
    }

    private String encryptedReply(WeChatCrypto crypto, String reply, String timestamp) {
        String encrypted = crypto.encrypt(reply.getBytes(StandardCharsets.UTF_8));
        String nonce = UUID.randomUUID().toString().substring(0, 10).replace("-", "");
        String ts = timestamp == null ? Long.toString(Instant.now().getEpochSecond()) : timestamp;
        return "<xml><Encrypt><![CDATA[" + encrypted + "]]></Encrypt><MsgSignature><![CDATA["
            + WeChatCrypto.signature(settings.getToken(), ts, nonce, encrypted) + "]]></MsgSignature><TimeStamp>"
            + ts + "</TimeStamp><Nonce><![CDATA[" + nonce + "]]></Nonce></xml>";
    }

    private static String cdata(String value) {
        return value == null ? "" : value.replace("]]>", "]]]]><![CDATA[>");
    }

    private WeChatCrypto crypto() {
        if (settings.getEncodingAesKey() == null || settings.getAppId() == null) {
            throw new SignatureRejectedException("safe mode is not configured");
        }
        return new WeChatCrypto(settings.getEncodingAesKey(), settings.getAppId());
    }

    private void requireEnabled() {
        if (!enabled()) {
            throw new SignatureRejectedException("the WeChat channel is off");
        }
    }
}
