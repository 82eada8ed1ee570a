package org.hotline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KnowledgeBase;
import org.hotline.knowledge.KnowledgeGap;
import org.hotline.knowledge.KnowledgeGaps;
import org.hotline.knowledge.KnowledgeSearch;
import org.hotline.knowledge.KnowledgeTestApplication;
import org.hotline.knowledge.SearchQuery;
import org.hotline.knowledge.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = KnowledgeTestApplication.class)
class KnowledgeGapsIT {

    @Autowired
    KnowledgeSearch search;

    @Autowired
    KnowledgeGaps gaps;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Test
    void listsQueriesWithoutResultsByFrequency() {
        String frequent = TestKnowledge.uniqueLatinWord();
        String rare = TestKnowledge.uniqueLatinWord();
        for (int i = 0; i < 500; i++) {
            search.search(new SearchQuery(frequent, null, null, 5));
        }
        for (int i = 0; i < 499; i++) {
            search.search(new SearchQuery(rare, null, null, 5));
        }

        List<KnowledgeGap> list = gaps.gaps(500);

        List<String> queries = list.stream().map(KnowledgeGap::query).toList();
        assertThat(queries).contains(frequent, rare);
        assertThat(queries.indexOf(frequent)).isLessThan(queries.indexOf(rare));
        KnowledgeGap gap = list.get(queries.indexOf(frequent));
        assertThat(gap.occurrences()).isEqualTo(500);
        assertThat(gap.noResultCount()).isEqualTo(500);
        assertThat(gap.topEntryId()).isNull();
    }

    @Test
    void aQueryWhoseTopHitGetsUsedIsNoLongerAGap() {
        String word = TestKnowledge.uniqueHanWord();
        KbEntry entry = knowledgeBase.create(TestKnowledge.publishedDraft(word + "怎么办理", "去窗口办理。"), "admin1");
        search.search(new SearchQuery(word, null, null, 5));
        assertThat(gapQueries()).contains(word);

        knowledgeBase.markUsed(entry.id(), null, "agent1");

        assertThat(gapQueries()).doesNotContain(word);
    }

    @Test
    void typingIsNotCountedAndPhoneNumbersAreMasked() {
        String word = TestKnowledge.uniqueLatinWord();
        search.search(new SearchQuery(word, null, null, 5, SearchQuery.SearchOrigin.TYPING));
        search.search(new SearchQuery(word + " 13912345678", null, null, 5));

        assertThat(gapQueries()).doesNotContain(word).contains(word + " #")
                .noneMatch(q -> q.contains("13912345678"));
    }

    private List<String> gapQueries() {
        return gaps.gaps(500).stream().map(KnowledgeGap::query).toList();
    }
}
