package org.hotline.workflow;

import java.util.UUID;

/** The workflow module's object mother: actors and commands over the sample city 江海市. */
public final class TestTickets {
    private TestTickets() {
    }

    public static Actor agent() {
        return new Actor("agent1", Actor.Role.AGENT, null);
    }

    public static Actor otherAgent() {
        return new Actor("agent2", Actor.Role.AGENT, null);
    }

    public static Actor dispatcher() {
        return new Actor("dispatcher1", Actor.Role.DISPATCHER, null);
    }

    public static Actor supervisor() {
        return new Actor("supervisor1", Actor.Role.SUPERVISOR, null);
    }

    public static Actor admin() {
        return new Actor("admin", Actor.Role.ADMIN, null);
    }

    public static Actor department(String code) {
        return new Actor("dept-" + code.toLowerCase(), Actor.Role.DEPARTMENT, code);
    }

    /** @return a unique mobile number so tests can tell their tickets apart */
    public static String uniquePhone() {
        long n = Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L);
        return "139" + String.format("%08d", n);
    }

    /** A complaint about social insurance (C0101), routed by the {@code *} rule to SBZX. */
    public static RegisterTicket socialInsuranceComplaint() {
        return new RegisterTicket(Channel.PHONE, TicketType.COMPLAINT, "C0101", "GX", "高新区云谷路8号", Urgency.NORMAL,
                uniquePhone(), "张先生", "厂里试用期不给交社保，我想投诉。身份证990102199001011234。", false, "call-"
                        + UUID.randomUUID());
    }

    /** Street-vending noise in 江城区 (C0701), routed by the exact district rule to the district government. */
    public static RegisterTicket streetVendingInJiangcheng() {
        return new RegisterTicket(Channel.WECHAT, TicketType.COMPLAINT, "C0701", "JC01", "江南街道人民路", Urgency.NORMAL,
                uniquePhone(), "李女士", "人民路占道经营严重，早上堵得走不了。", false, null);
    }

    /** A gas leak (C1205): life at risk, signed within 15 minutes. */
    public static RegisterTicket gasLeak() {
        return new RegisterTicket(Channel.PHONE, TicketType.HELP, "C1205", "HB", "海滨区海川路1号", Urgency.URGENT,
                uniquePhone(), "王先生", "楼道里有很重的煤气味。", false, null);
    }

    /** A confidential report (举报) about illegal construction. */
    public static RegisterTicket confidentialReport() {
        return new RegisterTicket(Channel.PHONE, TicketType.REPORT, "C0703", "HB", "海滨区某小区", Urgency.NORMAL,
                uniquePhone(), "匿名", "有人在楼顶违章搭建，请保密我的信息。", true, null);
    }

    public static RegisterTicket withContent(RegisterTicket t, String content) {
        return new RegisterTicket(t.channel(), t.type(), t.categoryCode(), t.districtCode(), t.address(), t.urgency(),
                t.citizenPhone(), t.citizenName(), content, t.confidential(), t.callId());
    }
}
