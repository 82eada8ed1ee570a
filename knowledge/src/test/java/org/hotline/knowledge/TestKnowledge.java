package org.hotline.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Object mother of the knowledge module's tests: unique data, so runs on a used database do not collide. */
public final class TestKnowledge {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private TestKnowledge() {
    }

    /** @return an upper-case token unique to this call, usable in ids and codes */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    /** A lower-case Latin word unique to this call (no digits, which match numbers in answers). */
    public static String uniqueLatinWord() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : unique().toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 36) % 26));
        }
        return word.toString();
    }

    /** A run of Han characters unique to this call, so that searches can target one test's entries. */
    public static String uniqueHanWord() {
        StringBuilder word = new StringBuilder();
        long bits = UUID.randomUUID().getMostSignificantBits();
        for (int i = 0; i < 4; i++) {
            word.append((char) (0x4E00 + (int) ((bits >>> (i * 14)) & 0x3FFF) % 0x5000));
        }
        return word.toString();
    }

    public static KbEntryDraft publishedDraft(String question, String answer) {
        return new KbEntryDraft(question, List.of(), answer, "C0101", "SBZX", List.of("测试"), null, null, null,
                KbStatus.PUBLISHED);
    }

    public static KbEntryDraft garbageSortingDraft() {
        return new KbEntryDraft("厨余垃圾和其他垃圾怎么区分？", List.of("剩饭剩菜算什么垃圾"),
                "剩菜剩饭、果皮属于厨余垃圾，投放前沥干水分；用过的纸巾属于其他垃圾。", "C0706", "CGJ",
                List.of("垃圾分类"), null, TODAY.minusDays(1), null, KbStatus.PUBLISHED);
    }

    public static TicketSnapshot openTicket(String ticketNo, String text, String phone, String district,
                                            String category, Instant registeredAt) {
        return new TicketSnapshot(ticketNo, text, phone, district, category, true, registeredAt);
    }
}
