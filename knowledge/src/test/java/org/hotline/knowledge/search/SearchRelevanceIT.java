package org.hotline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hotline.knowledge.KnowledgeSearch;
import org.hotline.knowledge.KnowledgeTestApplication;
import org.hotline.knowledge.SearchHit;
import org.hotline.knowledge.SearchQuery;
import org.hotline.knowledge.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Relevance and safety of search over the seeded sample knowledge base. */
@SpringBootTest(classes = KnowledgeTestApplication.class)
class SearchRelevanceIT {

    /** Expired entry → its current replacement (sample city README). */
    private static final Map<String, String> EXPIRED_TO_CURRENT = Map.of(
            "QA0210", "QA0209", "QA0024", "QA0023", "QA0092", "QA0091", "QA0055", "QA0054", "QA0271", "QA0270",
            "QA0148", "QA0147", "QA0296", "QA0295", "QA0066", "QA0065", "QA0256", "QA0255", "QA0020", "QA0019");

    @Autowired
    KnowledgeSearch search;

    record Case(String query, String expected) {
    }

    @Test
    void findsTheExpectedEntryForCitizenPhrasings() throws IOException {
        List<Case> cases = evaluationSet();
        int top1 = 0;
        int top3 = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<String> ids = ids(search.search(new SearchQuery(c.query(), null, null, 3,
                    SearchQuery.SearchOrigin.TYPING)));
            if (!ids.isEmpty() && ids.get(0).equals(c.expected())) {
                top1++;
            }
            if (ids.contains(c.expected())) {
                top3++;
            } else {
                misses.add(c.query() + " → " + ids + " (want " + c.expected() + ")");
            }
        }
        double p1 = top1 / (double) cases.size();
        double p3 = top3 / (double) cases.size();
        System.out.printf("search evaluation: %d queries, top1=%.3f top3=%.3f%n", cases.size(), p1, p3);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        assertThat(p1).isGreaterThanOrEqualTo(0.75);
        assertThat(p3).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void neverReturnsAnExpiredEntryButFindsItsReplacement() {
        for (Map.Entry<String, String> pair : EXPIRED_TO_CURRENT.entrySet()) {
            String expiredQuestion = phrasingFor(pair.getValue());
            List<String> ids = ids(search.search(new SearchQuery(expiredQuestion, null, null, 50,
                    SearchQuery.SearchOrigin.TYPING)));
            assertThat(ids).as("results for %s", expiredQuestion).doesNotContain(pair.getKey());
            assertThat(ids.subList(0, Math.min(3, ids.size()))).as("top 3 for %s", expiredQuestion)
                    .contains(pair.getValue());
        }
    }

    @Test
    void expiredEntriesAreNotSuggested() {
        assertThat(search.suggest("18路公交车经过", 20)).doesNotContain("18路公交车经过哪些站？");
        assertThat(search.suggest("最低工资", 20)).doesNotContain("江海最低工资是多少钱？")
                .contains("江海市最低工资标准是多少？");
    }

    @Test
    void distinguishesClosePairs() {
        assertTop("租房的话公积金怎么提取", "QA0080");
        assertTop("买房后提取公积金", "QA0081");
        assertTop("身份证丢了补办", "QA0131");
        assertTop("身份证到期换新证", "QA0132");
        assertTop("驾驶证丢了补领", "QA0140");
        assertTop("驾驶证到期了换证", "QA0141");
        assertTop("社保从外地转进江海", "QA0009");
        assertTop("社保从江海转出去到外地", "QA0010");
        assertTop("第一次申领居住证", "QA0125");
        assertTop("居住证签注", "QA0126");
    }

    @ParameterizedTest
    @ValueSource(strings = {"社保 AND (", "\"", "*", "\\", ":", "社保 OR 公积金~2", "title:社保", "[1 TO 5]",
            "社保^100", "?", "社保\\", "+-&&||!(){}[]^\"~*?:\\/", "AND", "NOT 社保", "/正则.*/", "\u0000\u0007"})
    void treatsQuerySyntaxAsPlainText(String text) {
        assertThatCode(() -> search.search(new SearchQuery(text, null, null, 10))).doesNotThrowAnyException();
        assertThatCode(() -> search.suggest(text, 10)).doesNotThrowAnyException();
    }

    @Test
    void operatorsDoNotChangeTheMeaning() {
        List<String> plain = ids(search.search(new SearchQuery("社保转移", null, null, 5)));
        List<String> decorated = ids(search.search(new SearchQuery("社保转移 AND (", null, null, 5)));
        assertThat(decorated).isNotEmpty();
        assertThat(decorated.get(0)).isEqualTo(plain.get(0));
    }

    @Test
    void highlightsMatchedWordsInAPlainTextSnippet() {
        SearchHit hit = search.search(new SearchQuery("公积金贷款最高额度", null, null, 1)).hits().get(0);
        assertThat(hit.snippet().highlights()).isNotEmpty();
        assertThat(hit.snippet().highlightedWords()).allSatisfy(word -> assertThat("公积金贷款最高额度").contains(word));
        assertThat(hit.score()).isPositive();
        assertThat(hit.categoryCode()).isNotBlank();
    }

    @Test
    void filtersByCategoryAndDepartment() {
        SearchResult inHousing = search.search(new SearchQuery("怎么提取", "C04", null, 10));
        assertThat(inHousing.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.categoryCode()).startsWith("C04"));
        SearchResult byDepartment = search.search(new SearchQuery("怎么办理", null, "GJJ", 10));
        assertThat(byDepartment.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.departmentCode()).isEqualTo("GJJ"));
    }

    @Test
    void suggestsQuestionsContainingWhatWasTyped() {
        List<String> suggestions = search.suggest("公积金贷", 5);
        assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .allSatisfy(s -> assertThat(s).contains("公积金"));
        assertThat(search.suggest("   ", 5)).isEmpty();
    }

    @Test
    void blankAndOverlongQueriesAreHarmless() {
        assertThat(search.search(new SearchQuery("  ", null, null, 5)).hits()).isEmpty();
        assertThat(search.search(new SearchQuery(null, null, null, 5)).hits()).isEmpty();
        String longText = "社保".repeat(5000);
        assertThat(search.search(new SearchQuery(longText, null, null, 5)).hits()).isNotEmpty();
    }

    private void assertTop(String query, String expected) {
        List<String> ids = ids(search.search(new SearchQuery(query, null, null, 3, SearchQuery.SearchOrigin.TYPING)));
        assertThat(ids).as("results for %s", query).isNotEmpty();
        assertThat(ids.get(0)).as("top hit for %s (all: %s)", query, ids).isEqualTo(expected);
    }

    private String phrasingFor(String id) {
        return phrasingsOfExpiredTopics().get(id);
    }

    private static Map<String, String> phrasingsOfExpiredTopics() {
        return Map.of("QA0209", "最低工资标准是多少", "QA0023", "失业保险金每个月发多少钱", "QA0091",
                "公积金贷款最高额度是多少", "QA0054", "居民医保一年交多少钱", "QA0270", "个税汇算清缴什么时候开始",
                "QA0147", "18路公交车经过哪些站", "QA0295", "东湖风景区门票优惠", "QA0065", "小学一年级报名时间",
                "QA0255", "高龄津贴发放标准", "QA0019", "城乡居民基础养老金每月多少");
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::entryId).toList();
    }

    private static List<Case> evaluationSet() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = SearchRelevanceIT.class.getResourceAsStream("/eval/search-eval.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                cases.add(new Case(parts[0].strip(), parts[1].strip()));
            }
        }
        return cases;
    }
}
