package org.hotline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ChineseAnalysisTest {

    private final ChineseAnalysis analysis = new ChineseAnalysis();

    @Test
    void expandsShortFormsToTheirFullNamesAtQueryTime() throws IOException {
        assertThat(tokens(analysis.queryWords(), "社保转移")).contains("社会", "保险");
        assertThat(tokens(analysis.queryWords(), "公积金")).contains("住房");
        assertThat(tokens(analysis.queryWords(), "驾照")).contains("驾驶证");
    }

    @Test
    void dropsSpokenFunctionWords() throws IOException {
        assertThat(tokens(analysis.words(), "请问租房的话公积金怎么提取呢"))
                .doesNotContain("请问", "的话", "怎么", "呢")
                .contains("公积金", "提取");
    }

    @Test
    void indexesCharacterBigramsForTheFallbackFields() throws IOException {
        assertThat(tokens(analysis.bigrams(), "身份证")).containsExactly("身份", "份证");
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        System.out.println(text + " -> " + out);
        return out;
    }
}
