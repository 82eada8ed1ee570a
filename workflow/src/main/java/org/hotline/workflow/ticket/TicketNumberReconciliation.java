package org.hotline.workflow.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hotline.workflow.TicketNo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes the books on each finished day's ticket numbers (see {@link TicketNumbers}): every number up to the day's
 * counter either belongs to a ticket or is recorded in {@code workflow_ticket_number_void}, as {@code freed} (given
 * back and not taken again before the day ended) or {@code lost} (its registration died with its node). The day's
 * free list is emptied. Runs at startup and nightly; a day is reconciled once, by whichever node gets to it first,
 * and only when it ended at least {@link #GRACE} ago, so no registration of it can still be committing.
 */
@Component
class TicketNumberReconciliation {
    static final Duration GRACE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(TicketNumberReconciliation.class);

    private final TicketMapper mapper;
    private final TransactionTemplate transactions;

    TicketNumberReconciliation(TicketMapper mapper, PlatformTransactionManager transactionManager) {
        this.mapper = mapper;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        reconcile(Instant.now());
    }

    @Scheduled(cron = "0 15 0 * * *", zone = "Asia/Shanghai")
    void nightly() {
        reconcile(Instant.now());
    }

    /** @return how many numbers were recorded as voided, over every day this call reconciled */
    int reconcile(Instant now) {
        LocalDate lastFinished = now.minus(GRACE).atZone(TicketNumbers.ZONE).toLocalDate().minusDays(1);
        int voided = 0;
        for (LocalDate day : mapper.findUnreconciledNumberDays(lastFinished)) {
            Integer count = transactions.execute(status -> reconcileDay(day, now));
            voided += count == null ? 0 : count;
        }
        return voided;
    }

    private int reconcileDay(LocalDate day, Instant now) {
        if (mapper.markNumberDayReconciled(day, now) == 0) {
            return 0; // another node got there first
        }
        Integer last = mapper.findLastNumberOfDay(day);
        Set<Integer> issued = new HashSet<>();
        String prefix = new TicketNo(day, 1).toString().substring(0, 10);
        for (String number : mapper.findNumbersOfDay(prefix + "%")) {
            issued.add(TicketNo.parse(number).sequence());
        }
        Set<Integer> freed = new HashSet<>(mapper.findFreedNumbers(day));
        List<Integer> lost = new ArrayList<>();
        int voided = 0;
        for (int value = 1; last != null && value <= last; value++) {
            if (!issued.contains(value)) {
                boolean wasFreed = freed.contains(value);
                mapper.insertVoidedNumber(day, value, wasFreed ? "freed" : "lost", now);
                if (!wasFreed) {
                    lost.add(value);
                }
                voided++;
            }
        }
        mapper.deleteFreedNumbers(day);
        if (voided > 0) {
            log.warn("ticket numbers of {}: {} of {} never issued, recorded as voided ({} lost with a stopped node: {})",
                    day, voided, last, lost.size(), lost);
        }
        return voided;
    }
}
