package org.hotline.knowledge.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hotline.knowledge.ImportKind;
import org.hotline.knowledge.ImportProgress;
import org.hotline.knowledge.ImportProgressListener;
import org.hotline.knowledge.ImportRejectedException;
import org.hotline.knowledge.ImportReport;
import org.hotline.knowledge.ImportRowError;
import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KnowledgeBase;
import org.hotline.knowledge.KnowledgeImport;
import org.hotline.knowledge.KnowledgeTestApplication;
import org.hotline.knowledge.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = KnowledgeTestApplication.class)
class KnowledgeImportIT {

    @Autowired
    KnowledgeImport knowledgeImport;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Test
    void reimportingTheSampleKnowledgeBaseChangesNothing() throws IOException {
        List<ImportProgress> progress = new ArrayList<>();
        ImportReport report;
        try (InputStream in = getClass().getResourceAsStream("/sample-city/kb/qa.jsonl")) {
            report = knowledgeImport.importJsonl(in, ImportKind.QA, progress::add);
        }

        assertThat(report.unchanged()).isEqualTo(320);
        assertThat(report.created() + report.updated() + report.failed()).isZero();
        assertThat(knowledgeBase.versions("QA0001")).hasSize(1);
        assertThat(progress).last().satisfies(p -> {
            assertThat(p.finished()).isTrue();
            assertThat(p.rowsRead()).isEqualTo(320);
        });
    }

    @Test
    void reportsBadRowsByLineAndImportsTheRest() {
        String id = "IT" + TestKnowledge.unique();
        String jsonl = String.join("\n",
                qaLine(id + "A", "第一条问题", "C0101"),
                "{not json",
                "",
                qaLine(id + "B", "", "C0101"),
                "[1,2]",
                qaLine(id + "C", "日期不对的问题", "C0101").replace("\"valid_from\": null", "\"valid_from\": \"2026-13-45\""),
                qaLine(id + "A", "重复的编号", "C0101"),
                qaLine(id + "D", "第四条问题", "C0101"));

        ImportReport report = knowledgeImport.importJsonl(stream(jsonl), ImportKind.QA, ImportProgressListener.NONE);

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(5);
        assertThat(report.errors()).extracting(ImportRowError::line).containsExactly(2L, 4L, 5L, 6L, 7L);
        assertThat(report.errors().get(1).message()).contains("question is blank");
        assertThat(report.errors().get(3).message()).contains("valid_from");
        assertThat(report.errors().get(4).message()).contains("already appeared at line 1");
        assertThat(knowledgeBase.find(id + "D")).isPresent();
    }

    @Test
    void aChangedRowBecomesANewVersionAndAnIdenticalOneIsLeftAlone() {
        String id = "IT" + TestKnowledge.unique();
        knowledgeImport.importJsonl(stream(qaLine(id, "原来的问题", "C0101")), ImportKind.QA, ImportProgressListener.NONE);

        ImportReport changed = knowledgeImport.importJsonl(stream(qaLine(id, "改过的问题", "C0101")), ImportKind.QA,
                ImportProgressListener.NONE);
        ImportReport same = knowledgeImport.importJsonl(stream(qaLine(id, "改过的问题", "C0101")), ImportKind.QA,
                ImportProgressListener.NONE);

        assertThat(changed.updated()).isEqualTo(1);
        assertThat(same.unchanged()).isEqualTo(1);
        assertThat(knowledgeBase.versions(id)).extracting(KbEntry::question).containsExactly("原来的问题", "改过的问题");
    }

    @Test
    void importsCsvWithQuotedFieldsAndListCells() {
        String id = "CSV" + TestKnowledge.unique();
        String csv = "id,question,similar_questions,answer,category,department,tags,policy_id,valid_from,valid_to\r\n"
                + id + ",\"夜间施工，怎么投诉？\",\"晚上工地吵|半夜施工扰民\",\"答案第一行\n答案第二行，含\"\"引号\"\"\",C0702,"
                + "CGJ,噪音|施工,,2025-01-01,\r\n"
                + id + "X,缺分类的问题,,答案,,,,,,\r\n";

        ImportReport report = knowledgeImport.importCsv(stream(csv), ImportKind.QA, ImportProgressListener.NONE);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4L);
            assertThat(e.message()).contains("category is missing");
        });
        KbEntry entry = knowledgeBase.find(id).orElseThrow();
        assertThat(entry.question()).isEqualTo("夜间施工，怎么投诉？");
        assertThat(entry.alternativeQuestions()).containsExactly("晚上工地吵", "半夜施工扰民");
        assertThat(entry.answer()).isEqualTo("答案第一行\n答案第二行，含\"引号\"");
        assertThat(entry.tags()).containsExactly("噪音", "施工");
    }

    @Test
    void importsPolicyDocumentsIdempotently() {
        String id = "PIT" + TestKnowledge.unique();
        String line = "{\"id\": \"" + id + "\", \"title\": \"测试办法\", \"doc_no\": \"江测〔2026〕1号\", \"issuer\": \"RSJ\","
                + " \"published\": \"2026-01-01\", \"effective_from\": \"2026-02-01\", \"expires\": null,"
                + " \"category\": \"C0101\", \"body\": \"第一条 测试。\"}";

        ImportReport first = knowledgeImport.importJsonl(stream(line), ImportKind.POLICY, ImportProgressListener.NONE);
        ImportReport second = knowledgeImport.importJsonl(stream(line), ImportKind.POLICY, ImportProgressListener.NONE);

        assertThat(first.created()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(knowledgeBase.findPolicy(id)).get().extracting(p -> p.documentNo()).isEqualTo("江测〔2026〕1号");
    }

    @Test
    void rejectsWholeFilesThatAreTooLargeOrNotText() {
        byte[] huge = new byte[33 * 1024 * 1024];
        assertThatThrownBy(() -> knowledgeImport.importJsonl(new ByteArrayInputStream(huge), ImportKind.QA,
                ImportProgressListener.NONE)).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.tooLarge()).isTrue());
        byte[] latin1 = "id,question\n1,caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> knowledgeImport.importCsv(new ByteArrayInputStream(latin1), ImportKind.QA,
                ImportProgressListener.NONE)).isInstanceOf(ImportRejectedException.class);
        assertThatThrownBy(() -> knowledgeImport.importCsv(stream("id,question\nQ1,问题\n"), ImportKind.QA,
                ImportProgressListener.NONE)).hasMessageContaining("lacks columns");
    }

    @Test
    void reportsInvalidUtf8LinesOfJsonlAsRowErrors() {
        String id = "IT" + TestKnowledge.unique();
        byte[] good = (qaLine(id, "好的一行", "C0101") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, '\n'};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);

        ImportReport report = knowledgeImport.importJsonl(new ByteArrayInputStream(all), ImportKind.QA,
                ImportProgressListener.NONE);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2L);
            assertThat(e.message()).contains("UTF-8");
        });
    }

    private static String qaLine(String id, String question, String category) {
        return "{\"id\": \"" + id + "\", \"question\": \"" + question + "\", \"similar_questions\": [\"别的问法\"],"
                + " \"answer\": \"测试答案。\", \"category\": \"" + category + "\", \"department\": \"SBZX\","
                + " \"tags\": [\"测试\"], \"policy_id\": null, \"valid_from\": null, \"valid_to\": null}";
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
