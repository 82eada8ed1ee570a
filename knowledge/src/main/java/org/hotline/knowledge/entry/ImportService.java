package org.hotline.knowledge.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hotline.knowledge.ImportKind;
import org.hotline.knowledge.ImportProgress;
import org.hotline.knowledge.ImportProgressListener;
import org.hotline.knowledge.ImportRejectedException;
import org.hotline.knowledge.ImportReport;
import org.hotline.knowledge.ImportRowError;
import org.hotline.knowledge.KbEntriesChanged;
import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KnowledgeImport;
import org.hotline.knowledge.KnowledgeProperties;
import org.hotline.knowledge.PolicyDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class ImportService implements KnowledgeImport {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final String IMPORT_EDITOR = "import";
    private static final int MAX_REPORTED_ERRORS = 1000;
    private static final List<String> QA_COLUMNS = List.of("id", "question", "similar_questions", "answer", "category",
            "department", "tags", "policy_id", "valid_from", "valid_to");
    private static final List<String> POLICY_COLUMNS = List.of("id", "title", "doc_no", "issuer", "published",
            "effective_from", "expires", "category", "body");
    private static final List<String> LIST_COLUMNS = List.of("similar_questions", "tags");

    /** A row read from the file, or the reason it could not be read. */
    private record SourceRow(long line, JsonNode node, String error) {
    }

    private final KbEntryMapper mapper;
    private final EntryStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final KnowledgeProperties properties;
    private final ObjectMapper json = new ObjectMapper();

    ImportService(KbEntryMapper mapper, EntryStore store, ApplicationEventPublisher events,
                  PlatformTransactionManager transactionManager, KnowledgeProperties properties) {
        this.mapper = mapper;
        this.store = store;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    @Override
    public ImportReport importJsonl(InputStream in, ImportKind kind, ImportProgressListener listener) {
        byte[] bytes = readBounded(in);
        List<SourceRow> rows = new ArrayList<>();
        CharsetDecoder decoder = strictUtf8();
        int start = 0;
        long line = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                SourceRow row = jsonRow(decoder, bytes, start, i, line);
                if (row != null) {
                    rows.add(row);
                    checkRowCount(rows.size());
                }
                start = i + 1;
                line++;
            }
        }
        return run(rows, kind, listener);
    }

    @Override
    public ImportReport importCsv(InputStream in, ImportKind kind, ImportProgressListener listener) {
        byte[] bytes = readBounded(in);
        String text;
        try {
            text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException("the file is not valid UTF-8", false);
        }
        List<CsvRecords.CsvRecord> records;
        try {
            records = CsvRecords.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ImportRejectedException(e.getMessage(), false);
        }
        if (records.isEmpty()) {
            return run(List.of(), kind, listener);
        }
        List<String> header = records.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> required = kind == ImportKind.QA ? QA_COLUMNS : POLICY_COLUMNS;
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportRejectedException("the header lacks columns " + missing, false);
        }
        checkRowCount(records.size() - 1);
        List<SourceRow> rows = new ArrayList<>(records.size() - 1);
        for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
            if (record.fields().size() != header.size()) {
                rows.add(new SourceRow(record.line(), null, "expected " + header.size() + " columns, found "
                        + record.fields().size()));
                continue;
            }
            ObjectNode node = json.createObjectNode();
            for (int c = 0; c < header.size(); c++) {
                String value = record.fields().get(c);
                if (LIST_COLUMNS.contains(header.get(c))) {
                    ArrayNode array = node.putArray(header.get(c));
                    for (String item : value.split("\\|")) {
                        if (!item.isBlank()) {
                            array.add(item);
                        }
                    }
                } else if (value.isBlank()) {
                    node.putNull(header.get(c));
                } else {
                    node.put(header.get(c), value);
                }
            }
            rows.add(new SourceRow(record.line(), node, null));
        }
        return run(rows, kind, listener);
    }

    private ImportReport run(List<SourceRow> rows, ImportKind kind, ImportProgressListener listener) {
        Tally tally = new Tally(kind, listener == null ? ImportProgressListener.NONE : listener);
        Map<String, Long> firstLineOfId = new HashMap<>();
        int batchSize = Math.max(1, properties.getImportBatchSize());
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<SourceRow> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
            if (kind == ImportKind.QA) {
                importQaBatch(batch, tally, firstLineOfId);
            } else {
                importPolicyBatch(batch, tally, firstLineOfId);
            }
            tally.report(false);
        }
        tally.report(true);
        ImportReport report = tally.toReport();
        log.info("kb import kind={} created={} updated={} unchanged={} failed={}", kind, report.created(),
                report.updated(), report.unchanged(), report.failed());
        return report;
    }

    private void importQaBatch(List<SourceRow> batch, Tally tally, Map<String, Long> firstLineOfId) {
        List<ImportRows.QaRow> valid = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        parseRows(batch, tally, firstLineOfId, ImportRows::qa, ImportRows.QaRow::id, valid, lines);
        if (valid.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            Map<String, KbEntryRow> currents = mapper.findCurrentByIds(valid.stream().map(ImportRows.QaRow::id).toList())
                    .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
            Instant now = Instant.now();
            List<KbEntry> changed = new ArrayList<>();
            for (int i = 0; i < valid.size(); i++) {
                ImportRows.QaRow qa = valid.get(i);
                try {
                    EntryStore.Written written = store.upsert(qa.id(), qa.draft(), IMPORT_EDITOR, now, currents);
                    switch (written.outcome()) {
                        case CREATED -> tally.created++;
                        case UPDATED -> tally.updated++;
                        case UNCHANGED -> tally.unchanged++;
                    }
                    if (written.outcome() != EntryStore.Outcome.UNCHANGED) {
                        changed.add(written.entry());
                    }
                } catch (DataAccessException e) {
                    tally.fail(lines.get(i), "could not be stored: " + e.getClass().getSimpleName());
                }
            }
            if (!changed.isEmpty()) {
                events.publishEvent(new KbEntriesChanged(changed));
            }
        });
    }

    private void importPolicyBatch(List<SourceRow> batch, Tally tally, Map<String, Long> firstLineOfId) {
        List<PolicyDocument> valid = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        parseRows(batch, tally, firstLineOfId, ImportRows::policy, PolicyDocument::id, valid, lines);
        if (valid.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            Map<String, PolicyRow> currents = mapper.findPoliciesByIds(valid.stream().map(PolicyDocument::id).toList())
                    .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
            Instant now = Instant.now();
            for (int i = 0; i < valid.size(); i++) {
                PolicyDocument doc = valid.get(i);
                String hash = Drafts.hash(doc);
                PolicyRow current = currents.get(doc.id());
                try {
                    if (current == null) {
                        mapper.insertPolicy(PolicyRow.of(doc, hash, now));
                        tally.created++;
                    } else if (current.contentHash.equals(hash)) {
                        tally.unchanged++;
                    } else {
                        mapper.updatePolicy(PolicyRow.of(doc, hash, now));
                        tally.updated++;
                    }
                } catch (DataAccessException e) {
                    tally.fail(lines.get(i), "could not be stored: " + e.getClass().getSimpleName());
                }
            }
        });
    }

    /** A row parser that reports what is wrong with one source row. */
    @FunctionalInterface
    private interface RowParser<T> {
        T parse(JsonNode row) throws ImportRows.RowException;
    }

    /**
     * Counts every row of the batch as read, records the broken ones and second occurrences of an id as failed, and
     * adds the rest to {@code valid} with their source line in {@code lines} (same index).
     */
    private static <T> void parseRows(List<SourceRow> batch, Tally tally, Map<String, Long> firstLineOfId,
                                      RowParser<T> parser, Function<T, String> idOf, List<T> valid, List<Long> lines) {
        for (SourceRow row : batch) {
            tally.read++;
            if (row.error() != null) {
                tally.fail(row.line(), row.error());
                continue;
            }
            try {
                T parsed = parser.parse(row.node());
                if (firstTime(firstLineOfId, idOf.apply(parsed), row.line(), tally)) {
                    valid.add(parsed);
                    lines.add(row.line());
                }
            } catch (ImportRows.RowException e) {
                tally.fail(row.line(), e.getMessage());
            }
        }
    }

    private static boolean firstTime(Map<String, Long> firstLineOfId, String id, long line, Tally tally) {
        Long first = firstLineOfId.putIfAbsent(id, line);
        if (first != null) {
            tally.fail(line, "id " + id + " already appeared at line " + first);
            return false;
        }
        return true;
    }

    private SourceRow jsonRow(CharsetDecoder decoder, byte[] bytes, int from, int to, long line) {
        int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
        int begin = line == 1 && end - from >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
                && (bytes[from + 2] & 0xFF) == 0xBF ? from + 3 : from;
        String text;
        try {
            text = decoder.reset().decode(ByteBuffer.wrap(bytes, begin, end - begin)).toString();
        } catch (CharacterCodingException e) {
            return new SourceRow(line, null, "not valid UTF-8");
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                return new SourceRow(line, null, "not a JSON object");
            }
            return new SourceRow(line, node, null);
        } catch (JsonProcessingException e) {
            return new SourceRow(line, null, "not valid JSON at column " + e.getLocation().getColumnNr());
        }
    }

    private byte[] readBounded(InputStream in) {
        long max = properties.getImportMaxBytes();
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new ImportRejectedException("the file is larger than " + max + " bytes", true);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the import file failed", e);
        }
    }

    private void checkRowCount(int rows) {
        if (rows > properties.getImportMaxRows()) {
            throw new ImportRejectedException("the file has more than " + properties.getImportMaxRows() + " rows",
                    true);
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Mutable counters of one import run; confined to the importing thread. */
    private static final class Tally {
        private final ImportKind kind;
        private final ImportProgressListener listener;
        private final List<ImportRowError> errors = new ArrayList<>();
        int read;
        int created;
        int updated;
        int unchanged;
        int failed;

        Tally(ImportKind kind, ImportProgressListener listener) {
            this.kind = kind;
            this.listener = listener;
        }

        void fail(long line, String message) {
            failed++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new ImportRowError(line, message));
            }
        }

        void report(boolean finished) {
            listener.onProgress(new ImportProgress(read, created, updated, unchanged, failed, finished));
        }

        ImportReport toReport() {
            List<ImportRowError> sorted = new ArrayList<>(errors);
            sorted.sort((a, b) -> Long.compare(a.line(), b.line()));
            return new ImportReport(kind, created, updated, unchanged, failed, sorted);
        }
    }
}
