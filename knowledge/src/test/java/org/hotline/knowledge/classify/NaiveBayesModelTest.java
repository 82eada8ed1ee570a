package org.hotline.knowledge.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.knowledge.CategoryScore;
import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KbStatus;
import org.junit.jupiter.api.Test;

class NaiveBayesModelTest {

    /** Every fifth sample ticket (60 of 300) is held out; the model never sees it while training. */
    private static boolean heldOut(int index) {
        return index % 5 == 4;
    }

    @Test
    void suggestsTheRightCategoryForHeldOutSampleTickets() throws IOException {
        List<TrainingCorpus.Example> tickets = TrainingCorpus.tickets(resource("tickets/train.jsonl"));
        NaiveBayesModel ticketsOnly = new NaiveBayesModel();
        NaiveBayesModel production = new NaiveBayesModel();
        for (int i = 0; i < tickets.size(); i++) {
            if (!heldOut(i)) {
                add(ticketsOnly, tickets.get(i));
                add(production, tickets.get(i));
            }
        }
        TrainingCorpus.categories(resource("taxonomy/categories.csv")).forEach(e -> add(production, e));
        for (KbEntry entry : sampleEntries()) {
            TrainingCorpus.entry(entry).forEach(e -> add(production, e));
        }

        double[] plain = accuracy(ticketsOnly, tickets);
        double[] full = accuracy(production, tickets);

        System.out.printf("classifier held-out accuracy on %d tickets: tickets only top1=%.3f top3=%.3f; "
                + "tickets+categories+kb top1=%.3f top3=%.3f%n", tickets.size() / 5, plain[0], plain[1], full[0], full[1]);
        assertThat(full[0]).isGreaterThanOrEqualTo(0.60);
        assertThat(full[1]).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void forgetsAnExampleThatIsTakenBack() {
        NaiveBayesModel model = new NaiveBayesModel();
        model.add("C0101", TextFeatures.presence("灵活就业怎么交社保"));
        model.add("C0401", TextFeatures.presence("租房提取公积金"));
        model.remove("C0401", TextFeatures.presence("租房提取公积金"));

        List<CategoryScore> scores = model.top(TextFeatures.presence("公积金租房提取"), 3);

        assertThat(scores).extracting(CategoryScore::categoryCode).containsExactly("C0101");
        assertThat(model.examples()).isEqualTo(1);
    }

    @Test
    void scoresAreProbabilitiesBestFirst() {
        NaiveBayesModel model = new NaiveBayesModel();
        model.add("C0101", TextFeatures.presence("灵活就业怎么交社保"));
        model.add("C0401", TextFeatures.presence("租房提取公积金"));
        model.add("C0702", TextFeatures.presence("楼下广场舞噪音扰民"));

        List<CategoryScore> scores = model.top(TextFeatures.presence("晚上广场舞太吵了"), 3);

        assertThat(scores).hasSize(3);
        assertThat(scores.get(0).categoryCode()).isEqualTo("C0702");
        assertThat(scores.get(0).score()).isGreaterThan(scores.get(1).score());
        assertThat(scores.stream().mapToDouble(CategoryScore::score).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
    }

    @Test
    void ignoresDigitsSoPhoneNumbersDoNotDecide() {
        assertThat(TextFeatures.of("电话13900002356")).containsOnlyKeys("电", "话", "电话");
    }

    private static void add(NaiveBayesModel model, TrainingCorpus.Example e) {
        model.add(e.categoryCode(), TextFeatures.presence(e.text()));
    }

    private static InputStream resource(String path) {
        return NaiveBayesModelTest.class.getResourceAsStream("/sample-city/" + path);
    }

    private static List<KbEntry> sampleEntries() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<KbEntry> entries = new ArrayList<>();
        try (InputStream in = resource("kb/qa.jsonl")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                List<String> alts = new ArrayList<>();
                n.get("similar_questions").forEach(a -> alts.add(a.asText()));
                entries.add(new KbEntry(n.get("id").asText(), 1, n.get("question").asText(), alts,
                        n.get("answer").asText(), n.get("category").asText(), null, List.of(), null, null, null,
                        KbStatus.PUBLISHED, null, null));
            }
        }
        return entries;
    }

    private static double[] accuracy(NaiveBayesModel model, List<TrainingCorpus.Example> tickets) {
        int top1 = 0;
        int top3 = 0;
        int n = 0;
        for (int i = 0; i < tickets.size(); i++) {
            if (!heldOut(i)) {
                continue;
            }
            n++;
            String expected = tickets.get(i).categoryCode();
            List<CategoryScore> scores = model.top(TextFeatures.presence(tickets.get(i).text()), 3);
            if (!scores.isEmpty() && scores.get(0).categoryCode().equals(expected)) {
                top1++;
            }
            if (scores.stream().anyMatch(s -> s.categoryCode().equals(expected))) {
                top3++;
            }
        }
        return new double[] {top1 / (double) n, top3 / (double) n};
    }
}
