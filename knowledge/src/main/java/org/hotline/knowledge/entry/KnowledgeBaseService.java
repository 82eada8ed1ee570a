package org.hotline.knowledge.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.hotline.knowledge.InvalidKbEntryException;
import org.hotline.knowledge.KbEntriesChanged;
import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KbEntryDraft;
import org.hotline.knowledge.KbEntryNotFoundException;
import org.hotline.knowledge.KbEntryUsed;
import org.hotline.knowledge.KbListQuery;
import org.hotline.knowledge.KbPage;
import org.hotline.knowledge.KnowledgeBase;
import org.hotline.knowledge.PolicyDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class KnowledgeBaseService implements KnowledgeBase {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseService.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int SCAN_PAGE = 1000;

    private final KbEntryMapper mapper;
    private final EntryStore store;
    private final ApplicationEventPublisher events;

    KnowledgeBaseService(KbEntryMapper mapper, EntryStore store, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.store = store;
        this.events = events;
    }

    @Override
    @Transactional
    public KbEntry create(KbEntryDraft draft, String editor) {
        KbEntryDraft normalised = validated(draft, editor);
        String id = "KB" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        KbEntry entry = store.create(id, normalised, editor, Instant.now());
        events.publishEvent(new KbEntriesChanged(List.of(entry)));
        log.info("kb entry created id={} editor={}", id, editor);
        return entry;
    }

    @Override
    @Transactional
    public KbEntry update(String id, KbEntryDraft draft, String editor) {
        if (id == null || !Drafts.ID.matcher(id).matches()) {
            throw new KbEntryNotFoundException(String.valueOf(id));
        }
        KbEntryDraft normalised = validated(draft, editor);
        KbEntry entry = store.update(id, normalised, editor, Instant.now());
        events.publishEvent(new KbEntriesChanged(List.of(entry)));
        log.info("kb entry updated id={} version={} editor={}", id, entry.version(), editor);
        return entry;
    }

    @Override
    public Optional<KbEntry> find(String id) {
        if (id == null || !Drafts.ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.findCurrent(id)).map(KbEntryRow::toEntry);
    }

    @Override
    public Optional<KbEntry> find(String id, int version) {
        if (id == null || !Drafts.ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.findVersion(id, version)).map(KbEntryRow::toEntry);
    }

    @Override
    public List<KbEntry> versions(String id) {
        List<KbEntryRow> rows = id == null || !Drafts.ID.matcher(id).matches() ? List.of() : mapper.findVersions(id);
        if (rows.isEmpty()) {
            throw new KbEntryNotFoundException(String.valueOf(id));
        }
        return rows.stream().map(KbEntryRow::toEntry).toList();
    }

    @Override
    public KbPage list(KbListQuery query) {
        String category = checkedCode(query.categoryCode(), "category");
        String department = checkedCode(query.departmentCode(), "department");
        long offset = (long) query.page() * query.size();
        List<KbEntry> items = mapper.page(category, department, query.status(), offset, query.size()).stream()
                .map(KbEntryRow::toEntry).toList();
        long total = mapper.count(category, department, query.status());
        return new KbPage(items, query.page(), query.size(), total);
    }

    @Override
    public void scanCurrent(Consumer<KbEntry> consumer) {
        String after = null;
        while (true) {
            List<KbEntryRow> rows = mapper.scanAfter(after, SCAN_PAGE);
            for (KbEntryRow row : rows) {
                consumer.accept(row.toEntry());
            }
            if (rows.size() < SCAN_PAGE) {
                return;
            }
            after = rows.get(rows.size() - 1).id;
        }
    }

    @Override
    @Transactional
    public void markUsed(String entryId, String categoryCode, String agent) {
        List<String> problems = new ArrayList<>();
        Drafts.checkEditor(problems, agent);
        String category = categoryCode == null || categoryCode.isBlank() ? null : categoryCode.strip();
        if (category != null && !Drafts.CODE.matcher(category).matches()) {
            problems.add("category code is malformed");
        }
        if (!problems.isEmpty()) {
            throw new InvalidKbEntryException(problems);
        }
        KbEntry entry = find(entryId).orElseThrow(() -> new KbEntryNotFoundException(String.valueOf(entryId)));
        String countedCategory = category == null ? entry.categoryCode() : category;
        Instant now = Instant.now();
        if (mapper.incrementUsage(entry.id(), countedCategory, now) == 0) {
            try {
                mapper.insertUsage(entry.id(), countedCategory, now);
            } catch (DuplicateKeyException concurrentFirstUse) {
                mapper.incrementUsage(entry.id(), countedCategory, now);
            }
        }
        mapper.insertUsageEvent(entry.id(), countedCategory, agent, now);
        events.publishEvent(new KbEntryUsed(entry.id(), countedCategory, agent, now));
        log.info("kb entry used id={} category={} agent={}", entry.id(), countedCategory, agent);
    }

    @Override
    public Optional<PolicyDocument> findPolicy(String id) {
        if (id == null || !Drafts.ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.findPolicy(id)).map(PolicyRow::toDocument);
    }

    @Override
    public List<PolicyDocument> listPolicies(boolean includeExpired) {
        LocalDate inForceOn = includeExpired ? null : LocalDate.now(ZONE);
        return mapper.listPolicies(inForceOn).stream().map(PolicyRow::toDocument).toList();
    }

    private static KbEntryDraft validated(KbEntryDraft draft, String editor) {
        if (draft == null) {
            throw new InvalidKbEntryException(List.of("entry is missing"));
        }
        KbEntryDraft normalised = Drafts.normalise(draft);
        List<String> problems = new ArrayList<>(Drafts.problems(normalised));
        Drafts.checkEditor(problems, editor);
        if (!problems.isEmpty()) {
            throw new InvalidKbEntryException(problems);
        }
        return normalised;
    }

    private static String checkedCode(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!Drafts.CODE.matcher(code.strip()).matches()) {
            throw new InvalidKbEntryException(List.of(field + " code is malformed"));
        }
        return code.strip();
    }
}
