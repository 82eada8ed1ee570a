package org.hotline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hotline.knowledge.TicketTerms;
import org.junit.jupiter.api.Test;

/** The terms a ticket's masked text is counted under, from the knowledge base's word analyzer. */
class TicketTermCounterTest {
    // No database: termsOf only analyses.
    private final TicketTermCounter counter = new TicketTermCounter(new ChineseAnalysis(), null);

    @Test
    void countsWordsMostFrequentFirstWithoutStopWordsSingleCharactersOrNumbers() {
        List<String> terms = counter.termsOf("小区广场舞噪音扰民，每天晚上十点以后还在跳，噪音特别大。我的电话是138****5678，请尽快处理 2026 年");

        assertThat(terms.get(0)).isEqualTo("噪音");
        assertThat(terms).contains("扰民", "广场", "小区").doesNotHaveDuplicates()
            .noneMatch(t -> t.codePointCount(0, t.length()) < 2)
            .noneMatch(t -> t.chars().anyMatch(Character::isDigit) || t.contains("*"))
            .doesNotContain("的", "我", "是", "请", "还在", "每天", "晚上", "以后", "特别");
        assertThat(terms.size()).isLessThanOrEqualTo(TicketTerms.MAX_TERMS_PER_TICKET);
    }

    @Test
    void keepsAtMostTheCapOfTermsPerTicket() {
        List<String> terms = counter.termsOf("公积金 住房 医保 社保 噪音 油烟 停车 路灯 井盖 供暖 供水 燃气 物业 电梯");

        assertThat(terms).hasSize(TicketTerms.MAX_TERMS_PER_TICKET);
        assertThat(terms.get(0)).isEqualTo("公积金");
    }

    @Test
    void blankTextHasNoTerms() {
        assertThat(counter.termsOf(null)).isEmpty();
        assertThat(counter.termsOf("  ")).isEmpty();
        assertThat(counter.termsOf("12345 67890 ***")).isEmpty();
    }
}
