package org.hotline.workflow.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Actor.Role;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.KpiGroup;
import org.hotline.workflow.KpiGroupBy;
import org.hotline.workflow.KpiReport;
import org.hotline.workflow.LiveTicketFigures;
import org.hotline.workflow.Channel;
import org.hotline.workflow.TicketPage;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.Category;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.RepeatReport;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TierReport;
import org.hotline.workflow.TicketAnalytics;
import org.hotline.workflow.ticket.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ticket figures from the daily rollup; "overdue now" from the open tickets past their deadline (an index range). */
@Service
class KpiReader implements TicketAnalytics {
    private final AnalyticsMapper mapper;
    private final RollupSums sums;
    private final OrgDirectory org;
    private final Labels labels;
    private final EngineClock clock;
    private final RollupRebuild rebuild;
    private final TicketService tickets;

    /** The fact columns a cell's count is read from: the public counts and the rates' own numerators. */
    private static final Map<String, String> COUNTERS = Map.ofEntries(Map.entry("registered", "registered"),
            Map.entry("directAnswered", "direct_answered"), Map.entry("dispatched", "dispatched"),
            Map.entry("signedOnTime", "signed_on_time"), Map.entry("returned", "returned"),
            Map.entry("extended", "extended"), Map.entry("escalated", "escalated"), Map.entry("replied", "replied"),
            Map.entry("closed", "closed"), Map.entry("closedOnTime", "closed_on_time"),
            Map.entry("followedUp", "followed_up"), Map.entry("satisfied", "satisfied"),
            Map.entry("resolved", "resolved"), Map.entry("reopened", "reopened"), Map.entry("merged", "merged"),
            Map.entry("firstContact", "first_contact"), Map.entry("repeatRequest", "repeat_request"));
    private static final String OVERDUE = "overdue";
    private static final int MAX_PAGE_SIZE = 100;

    KpiReader(AnalyticsMapper mapper, RollupSums sums, OrgDirectory org, Labels labels, EngineClock clock,
            RollupRebuild rebuild, TicketService tickets) {
        this.sums = sums;
        this.tickets = tickets;
        this.mapper = mapper;
        this.org = org;
        this.labels = labels;
        this.clock = clock;
        this.rebuild = rebuild;
    }

    @Override
    @Transactional(readOnly = true)
    public KpiReport kpis(LocalDate from, LocalDate to, KpiGroupBy groupBy, Actor actor) {
        checkPeriod(from, to);
        if (groupBy == null) {
            throw new InvalidTicketException(Map.of("groupBy", "required"));
        }
        Scope scope = Scope.of(actor, groupBy);
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (RollupRow row : sum(scope.dimension, from, to, scope.key)) {
            counts.computeIfAbsent(groupKey(groupBy, row.key), k -> new Counts()).add(row.counts, 1);
        }
        Map<String, Long> overdue = new HashMap<>();
        for (KeyCount row : mapper.countOverdue(scope.dimension, FactDefinitions.startOf(from),
                FactDefinitions.startOf(to.plusDays(1)), clock.now(), scope.key)) {
            overdue.merge(groupKey(groupBy, row.key()), row.count(), Long::sum);
        }
        if (groupBy == KpiGroupBy.NONE && counts.isEmpty()) {
            counts.put(Labels.ALL, new Counts());
        }
        overdue.keySet().forEach(key -> counts.computeIfAbsent(key, k -> new Counts()));
        List<KpiGroup> groups = new ArrayList<>();
        counts.forEach((key, c) -> groups.add(new KpiGroup(key, labels.label(groupBy, key),
                c.toKpiCounts(overdue.getOrDefault(key, 0L)), c.toKpiRates())));
        groups.sort(Comparator.comparingLong((KpiGroup g) -> -g.counts().registered()).thenComparing(KpiGroup::key));
        return new KpiReport(from, to, groupBy, groups);
    }

    @Override
    @Transactional(readOnly = true)
    public TierReport tiers(LocalDate from, LocalDate to, Actor actor) {
        checkPeriod(from, to);
        Role role = actor.role();
        if (role == Role.AGENT) {
            throw new ActionNotPermittedException("tiers", role);
        }
        Map<String, Map<String, Counts>> byGroup = new TreeMap<>();
        for (RollupRow row : sum(Dimension.DEPARTMENT_GROUP, from, to, null)) {
            String[] parts = row.key.split("\\|", 2);
            if (!parts[0].isEmpty() && parts.length == 2) {
                byGroup.computeIfAbsent(parts[1], g -> new TreeMap<>())
                        .computeIfAbsent(parts[0], d -> new Counts()).add(row.counts, 1);
            }
        }
        Map<String, Long> overdue = new HashMap<>();
        for (KeyCount row : mapper.countOverdue(Dimension.DEPARTMENT_GROUP, FactDefinitions.startOf(from),
                FactDefinitions.startOf(to.plusDays(1)), clock.now(), null)) {
            String[] parts = row.key().split("\\|", 2);
            if (parts.length == 2) {
                overdue.merge(parts[0] + "|" + TicketFactRefresher.categoryGroup(org, parts[1]), row.count(),
                        Long::sum);
            }
        }
        List<TierReport.Tier> tiers = new ArrayList<>();
        byGroup.forEach((group, departments) -> {
            if (role == Role.DEPARTMENT && !departments.containsKey(actor.departmentCode())) {
                return;
            }
            tiers.add(Tiers.rank(group, labels.label(KpiGroupBy.CATEGORY_GROUP, group), departments, overdue,
                    code -> labels.label(KpiGroupBy.DEPARTMENT, code),
                    role == Role.DEPARTMENT ? actor.departmentCode() : null));
        });
        return new TierReport(from, to, tiers);
    }

    @Override
    @Transactional(readOnly = true)
    public RepeatReport repeats(int days, Actor actor) {
        Role role = actor.role();
        if (role != Role.SUPERVISOR && role != Role.ADMIN && role != Role.DISPATCHER && role != Role.SYSTEM) {
            throw new ActionNotPermittedException("repeats", role);
        }
        if (days < 1 || days > MAX_REPEAT_DAYS) {
            throw new InvalidTicketException(Map.of("days", "1.." + MAX_REPEAT_DAYS));
        }
        Instant since = clock.now().minus(Duration.ofDays(days));
        List<RepeatReport.RepeatGroup> groups = new ArrayList<>();
        for (RepeatReport.Kind kind : RepeatReport.Kind.values()) {
            List<KeyCount> keys = mapper.findRepeatKeys(kind, since,
                    Duration.ofDays(days).compareTo(FactDefinitions.REPEAT_WINDOW) <= 0, MAX_REPEAT_GROUPS);
            if (keys.isEmpty()) {
                continue;
            }
            Map<String, List<RepeatReport.RepeatTicket>> tickets = new LinkedHashMap<>();
            keys.forEach(k -> tickets.put(k.key(), new ArrayList<>()));
            for (RepeatRow row : mapper.findRepeatTickets(kind, since, keys.stream().map(KeyCount::key).toList())) {
                tickets.get(row.groupKey).add(new RepeatReport.RepeatTicket(TicketNo.parse(row.ticketNo),
                        row.registeredAt, row.categoryCode, row.departmentCode, row.open));
            }
            tickets.forEach((key, list) -> groups.add(new RepeatReport.RepeatGroup(kind,
                    kind == RepeatReport.Kind.PHONE ? maskPhone(key) : key, list)));
        }
        groups.sort(Comparator.comparingInt((RepeatReport.RepeatGroup g) -> -g.tickets().size())
                .thenComparing(g -> g.tickets().get(0).registeredAt()));
        return new RepeatReport(days, groups.size() > MAX_REPEAT_GROUPS ? groups.subList(0, MAX_REPEAT_GROUPS)
                : groups);
    }

    @Override
    @Transactional(readOnly = true)
    public LiveTicketFigures live(Actor actor) {
        Role role = actor.role();
        if (role != Role.SUPERVISOR && role != Role.ADMIN && role != Role.DISPATCHER && role != Role.SYSTEM) {
            throw new ActionNotPermittedException("wallboard", role);
        }
        Instant now = clock.now();
        LocalDate today = FactDefinitions.day(now);
        Map<String, Long> byChannel = new TreeMap<>();
        for (Channel channel : Channel.values()) {
            byChannel.put(channel.name(), 0L);
        }
        long registered = 0;
        for (RollupRow row : sums.sum(Dimension.CHANNEL.code(false), today, today, null)) {
            byChannel.merge(row.key.toUpperCase(java.util.Locale.ROOT), row.counts.registered, Long::sum);
            registered += row.counts.registered;
        }
        return new LiveTicketFigures(today, registered, byChannel, mapper.countOverdueNow(now),
                mapper.countEscalatedNow());
    }

    @Override
    @Transactional(readOnly = true)
    public TicketPage cellTickets(LocalDate from, LocalDate to, KpiGroupBy groupBy, String key, String count,
            int page, int size, Actor actor) {
        checkPeriod(from, to);
        if (groupBy == null) {
            throw new InvalidTicketException(Map.of("groupBy", "required"));
        }
        if (count == null || !(COUNTERS.containsKey(count) || OVERDUE.equals(count))) {
            throw new InvalidTicketException(Map.of("count", "one of " + new TreeMap<>(COUNTERS).keySet()
                    + " or overdue"));
        }
        if (groupBy != KpiGroupBy.NONE && key == null) {
            throw new InvalidTicketException(Map.of("key", "required"));
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidTicketException(Map.of(page < 0 ? "page" : "size",
                    page < 0 ? "0 or more" : "1.." + MAX_PAGE_SIZE));
        }
        Scope scope = Scope.of(actor, groupBy);
        if (scope.key != null && groupBy != KpiGroupBy.NONE && !scope.key.equals(key)) {
            throw new ActionNotPermittedException("kpis of another " + groupBy.name().toLowerCase(java.util.Locale.ROOT),
                    actor.role());
        }
        String cellKey = groupBy == KpiGroupBy.NONE ? Labels.ALL : key;
        long total = 0;
        if (OVERDUE.equals(count)) {
            for (KeyCount row : mapper.countOverdue(scope.dimension, FactDefinitions.startOf(from),
                    FactDefinitions.startOf(to.plusDays(1)), clock.now(), scope.key)) {
                total += groupKey(groupBy, row.key()).equals(cellKey) ? row.count() : 0;
            }
        } else {
            Counts cell = new Counts();
            for (RollupRow row : sum(scope.dimension, from, to, scope.key)) {
                if (groupKey(groupBy, row.key).equals(cellKey)) {
                    cell.add(row.counts, 1);
                }
            }
            total = cell.get(COUNTERS.get(count));
        }
        Instant start = FactDefinitions.startOf(from);
        Instant end = FactDefinitions.startOf(to.plusDays(1));
        long offset = (long) page * size;
        List<String> numbers;
        if (OVERDUE.equals(count)) {
            String department = scope.dimension == Dimension.DEPARTMENT && scope.key != null ? scope.key
                    : groupBy == KpiGroupBy.DEPARTMENT ? key : null;
            String agent = scope.dimension == Dimension.AGENT && scope.key != null ? scope.key
                    : groupBy == KpiGroupBy.AGENT ? key : null;
            List<String> categories = switch (groupBy) {
                case CATEGORY -> List.of(key);
                case CATEGORY_GROUP -> org.categories().stream()
                        .filter(c -> key.equals(TicketFactRefresher.categoryGroup(org, c.code())))
                        .map(Category::code).toList();
                default -> null;
            };
            if (categories != null && categories.isEmpty()) {
                return new TicketPage(List.of(), page, size, total);
            }
            numbers = mapper.findOverdueTickets(department, categories,
                    groupBy == KpiGroupBy.DISTRICT ? key : null, groupBy == KpiGroupBy.CHANNEL ? key : null, agent,
                    start, end, clock.now(), size, offset);
        } else {
            String column = switch (groupBy) {
                case NONE -> null;
                case DEPARTMENT -> "department_code";
                case CATEGORY -> "category_code";
                case CATEGORY_GROUP -> "category_group";
                case DISTRICT -> "district_code";
                case CHANNEL -> "channel";
                case AGENT -> "agent";
            };
            String scopeColumn = scope.key == null ? null
                    : scope.dimension == Dimension.DEPARTMENT ? "department_code" : "agent";
            numbers = mapper.findCellTickets(column, key, scopeColumn, scope.key, COUNTERS.get(count), start, end,
                    size, offset);
        }
        return new TicketPage(tickets.findAll(numbers.stream().map(TicketNo::parse).toList(), actor), page, size,
                total);
    }

    static String maskPhone(String phone) {
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    @Override
    public long rebuild() {
        return rebuild.rebuild();
    }

    private String groupKey(KpiGroupBy groupBy, String key) {
        return switch (groupBy) {
            case NONE -> Labels.ALL;
            case CATEGORY_GROUP -> TicketFactRefresher.categoryGroup(org, key);
            default -> key;
        };
    }

    /**
     * The rollup rows of the period summed per key: whole months from the month rows, the days before and after
     * them from the day rows, so that a year sums a dozen rows per group.
     */
    private List<RollupRow> sum(Dimension dimension, LocalDate from, LocalDate to, String key) {
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterMonths = to.plusDays(1).withDayOfMonth(1);
        if (!firstMonth.isBefore(afterMonths)) {
            return sums.sum(dimension.code(false), from, to, key);
        }
        List<RollupRow> rows = new ArrayList<>(sums.sum(dimension.code(true), firstMonth,
                afterMonths.minusDays(1), key));
        if (from.isBefore(firstMonth)) {
            rows.addAll(sums.sum(dimension.code(false), from, firstMonth.minusDays(1), key));
        }
        if (!to.isBefore(afterMonths)) {
            rows.addAll(sums.sum(dimension.code(false), afterMonths, to, key));
        }
        return rows;
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidTicketException(Map.of(from == null ? "from" : "to", "required (YYYY-MM-DD)"));
        }
        if (to.isBefore(from)) {
            throw new InvalidTicketException(Map.of("to", "must not be before from"));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_PERIOD_DAYS) {
            throw new InvalidTicketException(Map.of("to", "the period is at most " + MAX_PERIOD_DAYS + " days"));
        }
    }

    /** Which rollup rows a reader may see: a department its own, an agent its own, the others everything. */
    private record Scope(Dimension dimension, String key) {
        static Scope of(Actor actor, KpiGroupBy groupBy) {
            Role role = actor.role();
            if (role == Role.DEPARTMENT) {
                require(groupBy == KpiGroupBy.NONE || groupBy == KpiGroupBy.DEPARTMENT, role, groupBy);
                return new Scope(Dimension.DEPARTMENT, actor.departmentCode());
            }
            if (role == Role.AGENT) {
                require(groupBy == KpiGroupBy.NONE || groupBy == KpiGroupBy.AGENT, role, groupBy);
                return new Scope(Dimension.AGENT, actor.username());
            }
            Dimension dimension = switch (groupBy) {
                case NONE, CHANNEL -> Dimension.CHANNEL;
                case DEPARTMENT -> Dimension.DEPARTMENT;
                case CATEGORY, CATEGORY_GROUP -> Dimension.CATEGORY;
                case DISTRICT -> Dimension.DISTRICT;
                case AGENT -> Dimension.AGENT;
            };
            return new Scope(dimension, null);
        }

        private static void require(boolean allowed, Role role, KpiGroupBy groupBy) {
            if (!allowed) {
                throw new ActionNotPermittedException("kpis grouped by "
                        + groupBy.name().toLowerCase(java.util.Locale.ROOT), role);
            }
        }
    }
}
