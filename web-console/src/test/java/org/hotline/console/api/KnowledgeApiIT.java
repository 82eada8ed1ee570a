package org.hotline.console.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base through the application: search and suggestions over the seeded sample city, editing with
 * versions, import, gaps, classification, and duplicate detection fed by tickets registered over the API.
 */
class KnowledgeApiIT extends HotlineIntegrationSupport {

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.get("entryId").asText()));
        return ids;
    }

    @Test
    void findsTheSampleCitysAnswerWithAHighlightedSnippetAndNeverAnExpiredOne() {
        Response found = api.get("agent1", "/api/kb/search?limit=5&q=" + q("最低工资标准是多少"));

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        JsonNode hits = found.json().get("hits");
        assertThat(ids(hits)).contains("QA0209").doesNotContain("QA0210");
        assertThat(hits.get(0).get("snippet").get("highlights").size()).isPositive();
        assertThat(hits.get(0).get("score").asDouble()).isPositive();
    }

    @Test
    void snippetsArePlainTextWithOffsetsSoAnAnswersMarkupStaysInert() {
        String answer = "犬只登记<script>alert(1)</script>请带<img src=x onerror=alert(2)>疫苗本到犬只登记窗口";
        Response created = api.post("admin", "/api/kb/entries", Map.of("question", "犬只登记要带什么？",
            "answer", answer, "categoryCode", "C1802", "status", "published"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();

        JsonNode hit = await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode hits = api.get("agent1", "/api/kb/search?limit=5&q=" + q("犬只登记")).json().get("hits");
            for (JsonNode h : hits) {
                if (h.get("entryId").asText().equals(id)) {
                    return h;
                }
            }
            return null;
        }, java.util.Objects::nonNull);

        JsonNode snippet = hit.get("snippet");
        String text = snippet.get("text").asText();
        assertThat(text).isEqualTo(answer);
        List<String> marked = new ArrayList<>();
        snippet.get("highlights").forEach(range -> marked.add(text.substring(range.get(0).asInt(),
            range.get(1).asInt())));
        assertThat(marked).isNotEmpty().allSatisfy(word -> assertThat("犬只登记").contains(word));
        assertThat(marked).as("the query's words, in the answer twice").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void queryOperatorsTypedByAUserAreTextNotSyntax() {
        for (String typed : List.of("社保 AND (", "\"公积金", "*", "医保:报销", "\\", "身份证~2 OR")) {
            Response found = api.get("agent1", "/api/kb/search?q=" + q(typed));
            assertThat(found.status()).as(typed + " → " + found).isEqualTo(200);
        }
        assertThat(api.get("agent1", "/api/kb/search?q=" + q("x".repeat(5000))).status()).isEqualTo(400);
    }

    @Test
    void suggestsCompletionsOfPartialInput() {
        Response suggestions = api.get("agent1", "/api/kb/suggest?q=" + q("公积金"));

        assertThat(suggestions.status()).isEqualTo(200);
        assertThat(suggestions.json().size()).isPositive();
        suggestions.json().forEach(s -> assertThat(s.asText()).isNotBlank());
    }

    @Test
    void anAdministratorsEditMakesANewVersionAndKeepsTheOldOneReadable() {
        Map<String, Object> draft = Map.of("question", "江海市图书馆周一开门吗？", "alternativeQuestions", List.of("图书馆开放时间"),
            "answer", "市图书馆周二至周日 9:00–21:00 开放，周一闭馆。", "categoryCode", "C1802", "departmentCode", "WGLJ",
            "tags", List.of("图书馆"), "status", "published");
        Response created = api.post("admin", "/api/kb/entries", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();

        Map<String, Object> edited = new java.util.HashMap<>(draft);
        edited.put("answer", "市图书馆周二至周日 9:00–20:00 开放，周一闭馆（法定节假日照常开放）。");
        Response updated = api.put("admin", "/api/kb/entries/" + id, edited);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(2);
        JsonNode versions = api.get("agent1", "/api/kb/entries/" + id + "/versions").json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(api.get("agent1", "/api/kb/entries/" + id + "?version=1").json().get("answer").asText())
            .contains("21:00");
        assertThat(api.post("agent1", "/api/kb/entries", draft).status()).isEqualTo(403);
        assertThat(api.get("agent1", "/api/kb/entries/QA9999999").status()).isEqualTo(404);
    }

    @Test
    void importsJsonlReportingRowErrorsAndChangesNothingTheSecondTime() {
        String id = "QA" + (7000 + (int) (Math.random() * 2000));
        String jsonl = "{\"id\":\"" + id + "\",\"question\":\"测试导入的问题" + UUID.randomUUID() + "\","
            + "\"similar_questions\":[\"导入测试\"],\"answer\":\"这是导入测试的答案。\",\"category\":\"C2001\","
            + "\"department\":\"RXZX\",\"tags\":[\"测试\"],\"policy_id\":null,\"valid_from\":\"2026-01-01\",\"valid_to\":null}\n"
            + "{\"id\":\"QA" + (9000 + (int) (Math.random() * 999)) + "\",\"question\":\"缺答案\"}\n"
            + "not json at all\n";

        JsonNode first = upload(jsonl).json();
        JsonNode second = upload(jsonl).json();

        assertThat(first.get("created").asInt() + first.get("updated").asInt()).isEqualTo(1);
        assertThat(first.get("failed").asInt()).isEqualTo(2);
        assertThat(first.get("errors").size()).isEqualTo(2);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(1);
        assertThat(api.get("agent1", "/api/kb/entries/" + id).status()).isEqualTo(200);
    }

    private Response upload(String jsonl) {
        String boundary = "----hotline" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"kind\"\r\n\r\nqa\r\n"
            + "--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"qa.jsonl\"\r\n"
            + "Content-Type: application/x-ndjson\r\n\r\n" + jsonl + "\r\n"
            + "--" + boundary + "--\r\n";
        Response response = api.postRaw("admin", "/api/kb/import", "multipart/form-data; boundary=" + boundary,
            body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    @Test
    void aQueryWithoutAnswerShowsUpAsAKnowledgeGap() {
        String unanswerable = "火星移民签证办理" + UUID.randomUUID().toString().substring(0, 4);
        api.get("agent1", "/api/kb/search?q=" + q(unanswerable));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> queries = new ArrayList<>();
            api.get("supervisor1", "/api/kb/gaps?limit=500").json().forEach(g -> queries.add(g.get("query").asText()));
            assertThat(queries).anyMatch(query -> query.contains("火星移民"));
        });
        assertThat(api.get("agent1", "/api/kb/gaps").status()).isEqualTo(403);
    }

    @Test
    void classifiesTicketTextIntoTopThreeCategories() {
        Response scores = api.post("agent1", "/api/classify", Map.of("text", "楼上邻居半夜装修电钻声音太吵了，睡不着"));

        assertThat(scores.status()).isEqualTo(200);
        assertThat(scores.json().size()).isBetween(1, 3);
        assertThat(scores.json().get(0).get("categoryCode").asText()).startsWith("C");
        assertThat(api.post("dept-gjj", "/api/classify", Map.of("text", "噪音")).status()).isEqualTo(403);
        assertThat(api.get("agent1", "/api/classify?text=" + q("噪音")).status()).isEqualTo(405);
    }

    @Test
    void findsAnOpenTicketOfTheSameCallerRegisteredOverTheApi() {
        String phone = "139" + (10_000_000 + (int) (Math.random() * 89_999_999));
        Response ticket = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0702", "districtCode", "JC", "citizenPhone", phone,
            "content", "江南街道滨江花园楼下广场舞音响太吵，晚上十点还在跳"));
        assertThat(ticket.status()).isEqualTo(201);
        String no = ticket.json().get("ticketNo").asText();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode similar = api.post("agent1", "/api/tickets/similar", Map.of("district", "JC", "phone", phone,
                "text", "滨江花园广场舞噪音扰民")).json();
            List<String> numbers = new ArrayList<>();
            similar.forEach(s -> numbers.add(s.get("ticketNo").asText()));
            assertThat(numbers).contains(no);
        });
    }
}
