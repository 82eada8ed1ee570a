package org.hotline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryWordsTest {

    private final ChineseAnalysis analysis = new ChineseAnalysis();

    @ParameterizedTest
    @ValueSource(strings = {"社保转移到外地怎么办", "医保卡丢了在哪补办", "请问租房的话公积金怎么提取呢", "驾照 a+b \"c\" \\ *",
            "身份证过期了还能用吗", "12345"})
    void replayedWordsBuildTheSameQueryAsAnalysingTheTextAgain(String text) {
        QueryBuilder direct = new QueryBuilder(analysis.queryWords());
        SearchQueries.WordQueries replaying = new SearchQueries.WordQueries(analysis.queryWords());
        QueryWords analysed = QueryWords.of(analysis.queryWords(), KbDocuments.QUESTION, text);

        for (String field : new String[] {KbDocuments.QUESTION, KbDocuments.ALT_QUESTIONS, KbDocuments.ANSWER}) {
            assertThat(replaying.anyOf(field, analysed)).isEqualTo(direct.createBooleanQuery(field, text));
        }
    }

    @Test
    void marksLongerWordsFirstAndSkipsSingleCharacters() {
        QueryWords analysed = QueryWords.of(analysis.queryWords(), KbDocuments.ANSWER, "社保转移");

        assertThat(analysed.highlightTerms()).contains("社会", "保险").allMatch(t -> t.length() >= 2);
        assertThat(analysed.highlightTerms().get(0).length())
                .isEqualTo(analysed.highlightTerms().stream().mapToInt(String::length).max().orElseThrow());
    }

    @Test
    void findsNoWordsInPunctuation() {
        assertThat(new SearchQueries(analysis).textQuery("？！。")).isNull();
    }
}
