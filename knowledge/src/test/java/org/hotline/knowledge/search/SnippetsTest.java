package org.hotline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void marksQueryWordsAndEscapesEverythingElse() {
        String snippet = Snippets.of(List.of("公积金"), "<b>租房</b>可以提取公积金 & \"按月\"办理");

        assertThat(snippet).isEqualTo("&lt;b&gt;租房&lt;/b&gt;可以提取<em>公积金</em> &amp; &quot;按月&quot;办理");
    }

    @Test
    void startsNearTheFirstMatchInALongAnswer() {
        String answer = "前言".repeat(60) + "申请材料包括身份证" + "后记".repeat(60);

        String snippet = Snippets.of(List.of("身份证"), answer);

        assertThat(snippet).startsWith("…").contains("<em>身份证</em>").endsWith("…");
        assertThat(snippet.replace("<em>", "").replace("</em>", "").length())
                .isLessThanOrEqualTo(Snippets.FRAGMENT_CHARS + 2);
    }

    @Test
    void prefersTheLongerOfOverlappingWords() {
        assertThat(Snippets.of(List.of("住房公积金", "公积金"), "提取住房公积金")).isEqualTo("提取<em>住房公积金</em>");
    }

    @Test
    void withoutAMatchShowsTheBeginning() {
        assertThat(Snippets.of(List.of("驾照"), "办理地点在市民中心")).isEqualTo("办理地点在市民中心");
    }
}
