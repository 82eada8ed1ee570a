package org.hotline.knowledge.entry;

import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
final class CsvRecords {

    /** One record and the 1-based line it starts on. */
    record CsvRecord(long line, List<String> fields) {
    }

    private CsvRecords() {
    }

    /**
     * @throws IllegalArgumentException when a quoted field is not closed
     */
    static List<CsvRecord> parse(String text) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean recordHasContent = false;
        long line = 1;
        long recordLine = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    recordHasContent = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    recordHasContent = true;
                }
                case '\r' -> {
                    // CRLF: the '\n' ends the record.
                }
                case '\n' -> {
                    if (recordHasContent || field.length() > 0) {
                        fields.add(field.toString());
                        records.add(new CsvRecord(recordLine, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    recordHasContent = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(c);
                    recordHasContent = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("quoted field starting in the record at line " + recordLine
                    + " is not closed");
        }
        if (recordHasContent || field.length() > 0) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
