package org.hotline.telephony;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Object mother of inbound messages for the contact tests. */
public final class TestContacts {

    private TestContacts() {
    }

    /** @return a random mainland mobile number, so runs never share a citizen */
    public static String randomMobile() {
        long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L);
        return "139" + String.format("%08d", n);
    }

    public static InboundMessage webMessage(String externalId, String phone, String text) {
        return new InboundMessage(ContactChannel.WEB, externalId,
            List.of(CitizenIdentity.of(IdentityKind.PHONE, phone, "phone")), "张三", text, List.of(), null, null, null,
            null, Instant.now());
    }

    public static InboundMessage wechatMessage(String msgId, String openid, String text) {
        return new InboundMessage(ContactChannel.WECHAT, msgId,
            List.of(CitizenIdentity.of(IdentityKind.WECHAT, openid, "openid")), null, text, List.of(), null, null,
            null, null, Instant.now());
    }
}
