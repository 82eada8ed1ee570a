package org.hotline.knowledge.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hotline.knowledge.InvalidKbEntryException;
import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KbEntryDraft;
import org.hotline.knowledge.KbEntryNotFoundException;
import org.hotline.knowledge.KbListQuery;
import org.hotline.knowledge.KbPage;
import org.hotline.knowledge.KbStatus;
import org.hotline.knowledge.KnowledgeBase;
import org.hotline.knowledge.KnowledgeSearch;
import org.hotline.knowledge.KnowledgeTestApplication;
import org.hotline.knowledge.SearchHit;
import org.hotline.knowledge.SearchQuery;
import org.hotline.knowledge.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = KnowledgeTestApplication.class)
class KnowledgeBaseIT {

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    KnowledgeSearch search;

    @Test
    void editCreatesANewVersionAndKeepsTheOldOneReadable() {
        String word = TestKnowledge.uniqueHanWord();
        KbEntry first = knowledgeBase.create(TestKnowledge.publishedDraft(word + "补贴怎么申请？", "第一版答案。"), "admin1");

        KbEntry second = knowledgeBase.update(first.id(),
                TestKnowledge.publishedDraft(word + "补贴怎么申请？", "第二版答案，材料有变化。"), "admin2");

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.updatedBy()).isEqualTo("admin2");
        assertThat(knowledgeBase.find(first.id())).get().extracting(KbEntry::answer).isEqualTo("第二版答案，材料有变化。");
        assertThat(knowledgeBase.find(first.id(), 1)).get().extracting(KbEntry::answer).isEqualTo("第一版答案。");
        assertThat(knowledgeBase.versions(first.id())).extracting(KbEntry::version).containsExactly(1, 2);
    }

    @Test
    void searchFollowsEveryChange() {
        String word = TestKnowledge.uniqueHanWord();
        KbEntry entry = knowledgeBase.create(TestKnowledge.publishedDraft(word + "证明去哪里开？", "社区服务中心开具。"),
                "admin1");
        // First, not only: a random Han character may also occur in a sample entry.
        assertThat(topIds(word)).first().isEqualTo(entry.id());

        KbEntryDraft withdrawn = new KbEntryDraft(entry.question(), List.of(), entry.answer(), "C0101", "SBZX",
                List.of(), null, null, null, KbStatus.WITHDRAWN);
        knowledgeBase.update(entry.id(), withdrawn, "admin1");

        assertThat(topIds(word)).doesNotContain(entry.id());
    }

    @Test
    void draftsAndNotYetValidEntriesAreNotSearchable() {
        String word = TestKnowledge.uniqueHanWord();
        KbEntry draft = knowledgeBase.create(new KbEntryDraft(word + "草稿问题", List.of(), "草稿答案", "C0101", null,
                List.of(), null, null, null, KbStatus.DRAFT), "admin1");
        KbEntry future = knowledgeBase.create(new KbEntryDraft(word + "明年的政策", List.of(), "明年生效", "C0101", null,
                List.of(), null, TestKnowledge.TODAY.plusDays(30), null, KbStatus.PUBLISHED), "admin1");

        assertThat(topIds(word)).doesNotContain(draft.id(), future.id());
        assertThat(search.suggest(word, 5)).isEmpty();
    }

    @Test
    void usageLiftsAnEntryInItsCategory() {
        String word = TestKnowledge.uniqueHanWord();
        KbEntry a = knowledgeBase.create(TestKnowledge.publishedDraft(word + "门诊报销", "门诊报销答案甲。"), "admin1");
        KbEntry b = knowledgeBase.create(TestKnowledge.publishedDraft(word + "门诊报销", "门诊报销答案乙。"), "admin1");
        String lower = topIds(word).get(1);

        for (int i = 0; i < 5; i++) {
            knowledgeBase.markUsed(lower, "C0101", "agent7");
        }

        assertThat(topIds(word).get(0)).isEqualTo(lower);
        assertThat(List.of(a.id(), b.id())).contains(lower);
    }

    @Test
    void rejectsInvalidDraftsListingEveryProblem() {
        KbEntryDraft bad = new KbEntryDraft(" ", List.of(), "x".repeat(5001), "bad code", null, List.of(), null,
                TestKnowledge.TODAY, TestKnowledge.TODAY.minusDays(1), KbStatus.PUBLISHED);

        assertThatThrownBy(() -> knowledgeBase.create(bad, "admin1"))
                .isInstanceOfSatisfying(InvalidKbEntryException.class, e -> assertThat(e.problems()).contains(
                        "question is blank", "answer is longer than 5000 characters", "category code is malformed",
                        "valid_to is before valid_from"));
        assertThatThrownBy(() -> knowledgeBase.create(TestKnowledge.garbageSortingDraft(), "bad editor!"))
                .isInstanceOf(InvalidKbEntryException.class);
    }

    @Test
    void unknownEntriesAreReportedAsNotFound() {
        assertThat(knowledgeBase.find("NOPE" + TestKnowledge.unique())).isEmpty();
        assertThat(knowledgeBase.find("../etc")).isEmpty();
        assertThatThrownBy(() -> knowledgeBase.update("NOPE" + TestKnowledge.unique(),
                TestKnowledge.garbageSortingDraft(), "admin1")).isInstanceOf(KbEntryNotFoundException.class);
        assertThatThrownBy(() -> knowledgeBase.versions("NOPE")).isInstanceOf(KbEntryNotFoundException.class);
        assertThatThrownBy(() -> knowledgeBase.markUsed("NOPE", null, "agent1"))
                .isInstanceOf(KbEntryNotFoundException.class);
    }

    @Test
    void listsPagesFilteredByCategory() {
        KbPage page = knowledgeBase.list(new KbListQuery("C04", null, KbStatus.PUBLISHED, 0, 10));

        assertThat(page.items()).hasSize(10).allSatisfy(e -> assertThat(e.categoryCode()).startsWith("C04"));
        assertThat(page.total()).isGreaterThan(10);
        KbPage next = knowledgeBase.list(new KbListQuery("C04", null, KbStatus.PUBLISHED, 1, 10));
        assertThat(next.items()).doesNotContainAnyElementsOf(page.items());
    }

    @Test
    void seedsPolicyDocumentsAndTellsWhichAreInForce() {
        assertThat(knowledgeBase.findPolicy("P001")).get().satisfies(p -> {
            assertThat(p.documentNo()).isEqualTo("江房金规〔2025〕2号");
            assertThat(p.body()).contains("第一条");
        });
        assertThat(knowledgeBase.listPolicies(false)).extracting(p -> p.id()).doesNotContain("P003", "P006", "P012")
                .contains("P001");
        assertThat(knowledgeBase.listPolicies(true)).extracting(p -> p.id()).contains("P003", "P006", "P012");
    }

    private List<String> topIds(String text) {
        return search.search(new SearchQuery(text, null, null, 5, SearchQuery.SearchOrigin.TYPING)).hits().stream()
                .map(SearchHit::entryId).toList();
    }
}
