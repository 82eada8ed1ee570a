package org.hotline.workflow.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Actor.Role;
import org.hotline.workflow.CategoryTickets;
import org.hotline.workflow.InvalidTicketException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CategoryTickets} from {@code workflow_analytics_fact} by (category, registration time). */
@Service
class CategoryTicketReader implements CategoryTickets {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{0,32}");
    private final SurgeMapper mapper;

    CategoryTicketReader(SurgeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public NumberPage find(String categoryCode, LocalDate from, LocalDate to, int page, int size, Actor actor) {
        Role role = actor.role();
        if (role != Role.SUPERVISOR && role != Role.ADMIN && role != Role.DISPATCHER && role != Role.SYSTEM) {
            throw new ActionNotPermittedException("hot-topic tickets", role);
        }
        KpiReader.checkPeriod(from, to);
        if (categoryCode == null || !CODE.matcher(categoryCode).matches()) {
            throw new InvalidTicketException(Map.of("category", "a category code (letters and digits)"));
        }
        if (page < 0 || page > 1_000_000 || size < 1 || size > 200) {
            throw new InvalidTicketException(Map.of(size < 1 || size > 200 ? "size" : "page", "out of range"));
        }
        Instant start = FactDefinitions.startOf(from);
        Instant end = FactDefinitions.startOf(to.plusDays(1));
        long total = mapper.countCategoryTickets(categoryCode, start, end);
        List<String> numbers = total == 0 ? List.of()
                : mapper.findCategoryTickets(categoryCode, start, end, page * size, size);
        return new NumberPage(numbers, total);
    }
}
