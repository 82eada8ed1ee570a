package org.hotline.knowledge.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.knowledge.KbEntry;

/** Labelled texts the classifier learns from, read from the sample city's files and knowledge-base entries. */
final class TrainingCorpus {

    record Example(String text, String categoryCode) {
    }

    private TrainingCorpus() {
    }

    /** Reads {@code tickets/train.jsonl}: objects with {@code text} and {@code category}; bad lines are skipped. */
    static List<Example> tickets(InputStream in) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Example> out = new ArrayList<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            JsonNode text = node.get("text");
            JsonNode category = node.get("category");
            if (text != null && text.isTextual() && category != null && category.isTextual()) {
                out.add(new Example(text.asText(), category.asText()));
            }
        }
        return out;
    }

    /**
     * Reads {@code taxonomy/categories.csv} (code, name, parent_code, default_department_code, handling_days,
     * description; no quoted fields): the name and description of every leaf category.
     */
    static List<Example> categories(InputStream in) throws IOException {
        List<Example> out = new ArrayList<>();
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].strip().split(",", -1);
            boolean leaf = f.length >= 6 && !f[2].isBlank();
            if (leaf) {
                out.add(new Example(f[1] + " " + f[5], f[0]));
            }
        }
        return out;
    }

    /** The question, alternative questions and answer of an entry, each one example of its category. */
    static List<Example> entry(KbEntry entry) {
        List<Example> out = new ArrayList<>();
        out.add(new Example(entry.question(), entry.categoryCode()));
        for (String alt : entry.alternativeQuestions()) {
            out.add(new Example(alt, entry.categoryCode()));
        }
        out.add(new Example(entry.answer(), entry.categoryCode()));
        return out;
    }
}
