package org.hotline.knowledge.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimilarTextTest {

    private static final String STREETLIGHT = "江城区滨江路128号门口的路灯已经坏了一个星期了，晚上黑乎乎的很不安全，希望尽快修一下";

    @Test
    void aRetellingOfTheSameMatterScoresAboveTheDefaultThreshold() {
        double same = SimilarTicketIndex.cosine(SimilarTicketIndex.vector(STREETLIGHT),
                SimilarTicketIndex.vector("滨江路128号那边路灯坏了好几天，晚上很黑"));
        double otherPlace = SimilarTicketIndex.cosine(SimilarTicketIndex.vector(STREETLIGHT),
                SimilarTicketIndex.vector("江城区解放路56号路灯坏了"));
        double otherMatter = SimilarTicketIndex.cosine(SimilarTicketIndex.vector(STREETLIGHT),
                SimilarTicketIndex.vector("江城区滨江路的垃圾好几天没人清运了"));
        double unrelated = SimilarTicketIndex.cosine(SimilarTicketIndex.vector(STREETLIGHT),
                SimilarTicketIndex.vector("孩子入学报名需要准备哪些材料"));
        System.out.printf("similarity same matter=%.3f other place=%.3f other matter=%.3f unrelated=%.3f%n", same,
                otherPlace, otherMatter, unrelated);
        assertThat(same).isGreaterThanOrEqualTo(0.3);
        assertThat(otherPlace).isLessThan(0.3);
        assertThat(otherMatter).isLessThan(0.3);
        assertThat(unrelated).isZero();
    }

    @Test
    void phoneNumbersDoNotMakeTicketsSimilar() {
        assertThat(SimilarTicketIndex.vector("电话13912345678")).containsOnlyKeys("电话");
    }

    @Test
    void identicalTextIsFullySimilarAndEmptyTextNotAtAll() {
        assertThat(SimilarTicketIndex.cosine(SimilarTicketIndex.vector(STREETLIGHT),
                SimilarTicketIndex.vector(STREETLIGHT))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SimilarTicketIndex.cosine(SimilarTicketIndex.vector(""), SimilarTicketIndex.vector(STREETLIGHT)))
                .isZero();
    }
}
