package org.hotline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KbEntryDraft;
import org.hotline.knowledge.KbStatus;
import org.hotline.knowledge.KnowledgeBase;
import org.hotline.knowledge.KnowledgeSearch;
import org.hotline.knowledge.KnowledgeTestApplication;
import org.hotline.knowledge.SearchQuery;
import org.hotline.knowledge.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Expired entries leave the index (when edited to have expired, and when their last valid day is over), and the
 * index is merged back to one segment after changes.
 */
@SpringBootTest(classes = KnowledgeTestApplication.class)
// dropExpired(tomorrow) would hide entries valid through today from the other test classes sharing the context.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class KbIndexIT {

    @Autowired
    KnowledgeBase knowledgeBase;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    KbIndex index;

    @Test
    void anEntryValidThroughTodayLeavesTheIndexWhenTheDayIsOver() throws IOException {
        String word = TestKnowledge.uniqueHanWord();
        KbEntry entry = knowledgeBase.create(draft(word, TestKnowledge.TODAY.minusDays(30), TestKnowledge.TODAY),
                "admin");
        assertThat(indexed(entry.id())).isTrue();
        assertThat(foundBy(word)).contains(entry.id());

        index.dropExpired(TestKnowledge.TODAY.plusDays(1).toEpochDay());

        assertThat(indexed(entry.id())).isFalse();
    }

    @Test
    void anEntryEditedToHaveExpiredLeavesTheIndexAndOneEditedBackReturns() throws IOException {
        String word = TestKnowledge.uniqueHanWord();
        KbEntry entry = knowledgeBase.create(draft(word, null, null), "admin");
        assertThat(indexed(entry.id())).isTrue();

        knowledgeBase.update(entry.id(), draft(word, TestKnowledge.TODAY.minusDays(30),
                TestKnowledge.TODAY.minusDays(1)), "admin");
        assertThat(indexed(entry.id())).isFalse();
        assertThat(foundBy(word)).doesNotContain(entry.id());

        knowledgeBase.update(entry.id(), draft(word, null, TestKnowledge.TODAY.plusDays(30)), "admin");
        assertThat(indexed(entry.id())).isTrue();
        assertThat(foundBy(word)).contains(entry.id());
    }

    @Test
    void changesThatLeaveManySegmentsAreMergedInTheBackground() throws IOException {
        for (int i = 0; i <= KbIndex.MAX_SEGMENTS + 1; i++) {
            knowledgeBase.create(draft(TestKnowledge.uniqueHanWord(), null, null), "admin");
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> index.segments() == 1);
    }

    private static KbEntryDraft draft(String word, LocalDate from, LocalDate to) {
        return new KbEntryDraft(word + "的办理时间是什么？", List.of(), word + "工作日上午九点到下午五点办理。", "C0101",
                "SBZX", List.of("测试"), null, from, to, KbStatus.PUBLISHED);
    }

    private boolean indexed(String id) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.count(new TermQuery(new Term(KbDocuments.ID, id))) > 0;
        } finally {
            index.release(searcher);
        }
    }

    private List<String> foundBy(String word) {
        return search.search(new SearchQuery(word + "的办理时间", null, null, 10, SearchQuery.SearchOrigin.TYPING))
                .hits().stream().map(hit -> hit.entryId()).toList();
    }
}
