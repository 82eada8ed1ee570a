package org.hotline.console.api.analytics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table written as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read the Chinese
 * correctly). Cells that a spreadsheet would run as a formula are prefixed with an apostrophe. Not thread-safe.
 */
final class CsvTable {
    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(List<String> header) {
        rows.add(List.copyOf(header));
    }

    CsvTable row(List<?> cells) {
        List<String> row = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    String text() {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(escape(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** @return the table as a download named {@code fileName} */
    ResponseEntity<byte[]> download(String fileName) {
        return ResponseEntity.ok()
            .contentType(TEXT_CSV)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
            .body(text().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String value) {
        String cell = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value)
            ? "'" + value : value;
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
