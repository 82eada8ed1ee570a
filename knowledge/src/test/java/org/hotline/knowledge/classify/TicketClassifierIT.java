package org.hotline.knowledge.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hotline.knowledge.CategoryScore;
import org.hotline.knowledge.InvalidKbEntryException;
import org.hotline.knowledge.KnowledgeBase;
import org.hotline.knowledge.KnowledgeTestApplication;
import org.hotline.knowledge.TestKnowledge;
import org.hotline.knowledge.TicketClassifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ResourceLoader;

@SpringBootTest(classes = KnowledgeTestApplication.class)
class TicketClassifierIT {

    @Autowired
    TicketClassifier classifier;

    @Autowired
    LearnedExampleMapper learnedExamples;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    ResourceLoader resources;

    @Test
    void suggestsTopThreeCategoriesForTicketText() {
        List<CategoryScore> scores = classifier.classify("我家楼下的饭店油烟太大了，熏得窗户都不敢开，能不能管管");

        assertThat(scores).hasSize(3);
        assertThat(scores.get(0).categoryCode()).isEqualTo("C0804");
        assertThat(scores.get(0).score()).isGreaterThan(scores.get(1).score());
        assertThat(classifier.classify("  ")).isEmpty();
    }

    @Test
    void aLearnedExampleSurvivesARestart() {
        String word = TestKnowledge.uniqueHanWord();
        String text = word + word + "这个事情请帮忙处理";
        classifier.learn(text, "C2001");

        BayesTicketClassifier restarted = new BayesTicketClassifier(learnedExamples, knowledgeBase, resources,
                "classpath:sample-city/");
        restarted.start();

        assertThat(restarted.classify(word + word)).first().extracting(CategoryScore::categoryCode).isEqualTo("C2001");
    }

    @Test
    void rejectsMalformedExamples() {
        assertThatThrownBy(() -> classifier.learn(" ", "C0101")).isInstanceOf(InvalidKbEntryException.class);
        assertThatThrownBy(() -> classifier.learn("正常文字", "c01; drop")).isInstanceOf(InvalidKbEntryException.class);
    }
}
