package org.hotline.knowledge;

import java.time.LocalDate;

/**
 * A policy document (政策文件) that entries cite as their source. Immutable.
 *
 * @param id            e.g. {@code P001}
 * @param title         title
 * @param documentNo    document number (文号), e.g. {@code 江房金规〔2025〕2号}
 * @param issuer        issuing department code
 * @param published     publication day
 * @param effectiveFrom first effective day; {@code null} = since publication
 * @param expires       last effective day; {@code null} = open-ended
 * @param categoryCode  leaf category code
 * @param body          the full text
 */
public record PolicyDocument(String id, String title, String documentNo, String issuer, LocalDate published,
                             LocalDate effectiveFrom, LocalDate expires, String categoryCode, String body) {

    /**
     * @param day a calendar day in Asia/Shanghai
     * @return whether the document is in force on {@code day}
     */
    public boolean isInForceOn(LocalDate day) {
        return (effectiveFrom == null || !effectiveFrom.isAfter(day)) && (expires == null || !expires.isBefore(day));
    }
}
