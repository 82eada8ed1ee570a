package org.hotline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hotline.knowledge.Snippet;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void keepsMarkupAsTextAndGivesTheOffsetsOfTheQueryWords() {
        Snippet snippet = Snippets.of(List.of("公积金"), "<b>租房</b>可以提取公积金 & \"按月\"办理<script>x</script>");

        assertThat(snippet.text()).isEqualTo("<b>租房</b>可以提取公积金 & \"按月\"办理<script>x</script>");
        assertThat(snippet.highlights()).containsExactly(new int[] {13, 16});
        assertThat(snippet.highlightedWords()).containsExactly("公积金");
    }

    @Test
    void startsNearTheFirstMatchInALongAnswer() {
        String answer = "前言".repeat(60) + "申请材料包括身份证" + "后记".repeat(60);

        Snippet snippet = Snippets.of(List.of("身份证"), answer);

        assertThat(snippet.text()).startsWith("…").endsWith("…");
        assertThat(snippet.text().length()).isLessThanOrEqualTo(Snippets.FRAGMENT_CHARS + 2);
        assertThat(snippet.highlightedWords()).containsExactly("身份证");
    }

    @Test
    void prefersTheLongerOfOverlappingWordsAndMarksEveryOccurrence() {
        Snippet snippet = Snippets.of(List.of("住房公积金", "公积金"), "提取住房公积金或公积金");

        assertThat(snippet.highlights()).containsExactly(new int[] {2, 7}, new int[] {8, 11});
    }

    @Test
    void countsUtf16CodeUnitsAsJavaScriptDoes() {
        // 𠀀 (U+20000) is two UTF-16 code units, as in a JavaScript string.
        Snippet snippet = Snippets.of(List.of("社保"), "𠀀办社保");

        assertThat(snippet.highlights()).containsExactly(new int[] {3, 5});
    }

    @Test
    void withoutAMatchShowsTheBeginning() {
        Snippet snippet = Snippets.of(List.of("驾照"), "办理地点在市民中心");
        assertThat(snippet.text()).isEqualTo("办理地点在市民中心");
        assertThat(snippet.highlights()).isEmpty();
    }
}
