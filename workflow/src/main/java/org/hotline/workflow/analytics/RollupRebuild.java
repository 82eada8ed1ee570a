package org.hotline.workflow.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.ticket.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every ticket's fact and the daily rollup from the tickets: the facts in registration order, a batch per
 * transaction (repeat requests are found against the earlier tickets as the live path does), then the rollup from
 * the facts in one transaction. Idempotent. Runs by itself at start when the stored definition version differs from
 * {@link FactDefinitions#VERSION}, or none is stored (the first start after the migration).
 */
@Component
class RollupRebuild {
    private static final Logger log = LoggerFactory.getLogger(RollupRebuild.class);
    private static final int BATCH = 1000;
    private static final int PRUNE_EVERY = 20_000;

    private final AnalyticsMapper mapper;
    private final OrgDirectory org;
    private final EngineClock clock;
    private final TransactionTemplate transactions;
    private final TicketSources sources;

    RollupRebuild(AnalyticsMapper mapper, OrgDirectory org, EngineClock clock,
            PlatformTransactionManager transactionManager, TicketSources sources) {
        this.mapper = mapper;
        this.sources = sources;
        this.org = org;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenDefinitionsChanged() {
        Integer version = mapper.findDefinitionVersion();
        if (version == null || version != FactDefinitions.VERSION) {
            log.info("ticket figures were built with definition version {}, the code has {}: rebuilding", version,
                    FactDefinitions.VERSION);
            rebuild();
        }
    }

    long rebuild() {
        long started = System.nanoTime();
        long tickets = writeFacts();
        transactions.executeWithoutResult(status -> {
            mapper.deleteRollup();
            for (Dimension dimension : Dimension.values()) {
                mapper.rebuildRollup(dimension, dimension.code(false), false);
                mapper.rebuildRollup(dimension, dimension.code(true), true);
            }
            mapper.saveState(FactDefinitions.VERSION, clock.now(), tickets);
        });
        log.info("ticket figures rebuilt from {} tickets in {} ms (definition version {})", tickets,
                (System.nanoTime() - started) / 1_000_000, FactDefinitions.VERSION);
        return tickets;
    }

    /** Every ticket's fact in registration order, a batch per transaction. */
    private long writeFacts() {
        // The next batch is read while this one is computed and written: reading and writing take about as long.
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> new Thread(r, "rollup-rebuild-reader"));
        try {
            return writeFacts(reader);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            reader.shutdownNow();
        }
    }

    private long writeFacts(ExecutorService reader) throws InterruptedException, ExecutionException {
        Map<String, Instant> lastByPhone = new HashMap<>();
        Map<String, Instant> lastByAddress = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        long count = 0;
        Future<List<TicketSource>> next = reader.submit(() -> sources.batch(null, null, BATCH));
        while (true) {
            List<TicketSource> batch = next.get();
            if (batch.isEmpty()) {
                break;
            }
            TicketSource last = batch.get(batch.size() - 1);
            next = reader.submit(() -> sources.batch(last.registeredAt, last.ticketNo, BATCH));
            List<TicketFact> facts = new ArrayList<>(batch.size());
            for (TicketSource source : batch) {
                Instant since = source.registeredAt.minus(FactDefinitions.REPEAT_WINDOW);
                String addressKey = AddressKey.of(source.address);
                boolean repeat = within(lastByPhone, source.citizenPhone, since)
                        | within(lastByAddress, addressKey, since);
                if (source.citizenPhone != null) {
                    lastByPhone.put(source.citizenPhone, source.registeredAt);
                }
                if (addressKey != null) {
                    lastByAddress.put(addressKey, source.registeredAt);
                }
                String group = groups.computeIfAbsent(source.categoryCode,
                        code -> TicketFactRefresher.categoryGroup(org, code));
                facts.add(FactDefinitions.fact(source, group, repeat));
            }
            transactions.executeWithoutResult(status -> mapper.upsertFacts(facts));
            long before = count;
            count += batch.size();
            if (count / PRUNE_EVERY != before / PRUNE_EVERY) {
                Instant horizon = last.registeredAt.minus(FactDefinitions.REPEAT_WINDOW);
                lastByPhone.values().removeIf(at -> at.isBefore(horizon));
                lastByAddress.values().removeIf(at -> at.isBefore(horizon));
            }
        }
        return count;
    }

    private static boolean within(Map<String, Instant> last, String key, Instant since) {
        if (key == null) {
            return false;
        }
        Instant previous = last.get(key);
        return previous != null && !previous.isBefore(since);
    }
}
