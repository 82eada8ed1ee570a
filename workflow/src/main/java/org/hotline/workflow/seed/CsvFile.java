package org.hotline.workflow.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;

/**
 * Reads the sample city's simple CSV files: UTF-8, a header row, comma-separated fields without quoting, lines
 * starting with {@code #} are comments. Internal to the workflow module.
 */
public final class CsvFile {
    private CsvFile() {
    }

    /**
     * @return one map per data row, keyed by the header's column names; empty fields are null
     * @throws UncheckedIOException when the resource cannot be read
     */
    public static List<Map<String, String>> read(Resource resource) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String[] header = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (header == null) {
                    header = Arrays.stream(fields).map(f -> f.replace("\uFEFF", "").trim()).toArray(String[]::new);
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    String value = i < fields.length ? fields[i].trim() : "";
                    row.put(header[i], value.isEmpty() ? null : value);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
        }
        return rows;
    }
}
