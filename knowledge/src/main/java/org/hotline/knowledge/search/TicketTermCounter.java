package org.hotline.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hotline.knowledge.TicketTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link TicketTerms} on the tables {@code kb_term_day}, {@code kb_term_month} and {@code kb_term_ticket}. */
@Service
class TicketTermCounter implements TicketTerms {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_TEXT = 4000;
    private static final int BATCH = 1000;
    /**
     * Words of a hotline ticket's framing rather than its matter (when, how much, what the caller asks for): they
     * would top every period's terms and say nothing about what is rising.
     */
    private static final Set<String> FRAMING = Set.of("每天", "今天", "昨天", "明天", "晚上", "早上", "上午", "下午",
            "中午", "夜间", "凌晨", "以后", "以前", "之前", "之后", "现在", "目前", "已经", "一直", "经常", "多次", "特别",
            "非常", "严重", "没有", "不能", "无法", "可以", "需要", "希望", "要求", "请求", "尽快", "及时", "处理", "解决",
            "反映", "投诉", "咨询", "来电", "市民", "诉求", "问题", "情况", "相关", "部门", "工作人员", "时间", "地址",
            "电话", "联系", "告知", "表示", "称", "目前为止");

    private final ChineseAnalysis analysis;
    private final TicketTermMapper mapper;

    TicketTermCounter(ChineseAnalysis analysis, TicketTermMapper mapper) {
        this.analysis = analysis;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void record(String ticketNo, String text, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZONE);
        for (String term : termsOf(text)) {
            if (mapper.insertTicketTerm(term, day, ticketNo) == 1) {
                mapper.addToDay(term, day);
                mapper.addToMonth(term, day.withDayOfMonth(1));
            }
        }
    }

    @Override
    public List<String> termsOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String body = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        Map<String, Integer> frequency = new LinkedHashMap<>();
        try (TokenStream stream = analysis.words().tokenStream("ticket", body)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (counts(word)) {
                    frequency.merge(word, 1, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(frequency.entrySet());
        // Stable: equally frequent terms keep their order of appearance.
        ranked.sort((a, b) -> b.getValue() - a.getValue());
        return ranked.stream().limit(MAX_TERMS_PER_TICKET).map(Map.Entry::getKey).toList();
    }

    /** Words of two characters or more that say something: no numbers, masked digits, punctuation or framing. */
    private static boolean counts(String word) {
        if (word.codePointCount(0, word.length()) < 2 || word.length() > MAX_TERM_LENGTH || FRAMING.contains(word)) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '*' || Character.isDigit(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> candidates(LocalDate from, LocalDate to) {
        Map<String, Long> listed = new HashMap<>();
        Parts parts = Parts.of(from, to);
        for (LocalDate month = parts.firstMonth; month.isBefore(parts.afterMonths); month = month.plusMonths(1)) {
            mapper.topOfMonth(month, CANDIDATES_PER_ROW).forEach(row -> listed.merge(row.term, row.tickets, Long::sum));
        }
        parts.days().forEach(day -> mapper.topOfDay(day, CANDIDATES_PER_ROW)
                .forEach(row -> listed.merge(row.term, row.tickets, Long::sum)));
        if (listed.size() <= MAX_CANDIDATES) {
            return new HashSet<>(listed.keySet());
        }
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(listed.entrySet());
        ranked.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        Set<String> candidates = new HashSet<>();
        ranked.subList(0, MAX_CANDIDATES).forEach(e -> candidates.add(e.getKey()));
        return candidates;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> count(LocalDate from, LocalDate to, Collection<String> terms) {
        Map<String, Long> counts = new HashMap<>();
        if (terms.isEmpty()) {
            return counts;
        }
        Parts parts = Parts.of(from, to);
        List<String> list = List.copyOf(terms);
        for (int i = 0; i < list.size(); i += BATCH) {
            List<String> batch = list.subList(i, Math.min(list.size(), i + BATCH));
            List<TicketTermMapper.TermRow> rows = new ArrayList<>();
            if (parts.firstMonth.isBefore(parts.afterMonths)) {
                rows.addAll(mapper.sumMonths(parts.firstMonth, parts.afterMonths.minusDays(1), batch));
            }
            for (LocalDate[] range : parts.dayRanges()) {
                rows.addAll(mapper.sumDays(range[0], range[1], batch));
            }
            rows.forEach(row -> counts.merge(row.term, row.tickets, Long::sum));
        }
        return counts;
    }

    /** A period as whole months (month rows) and the days before and after them (day rows). */
    private record Parts(LocalDate from, LocalDate to, LocalDate firstMonth, LocalDate afterMonths) {
        static Parts of(LocalDate from, LocalDate to) {
            LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate afterMonths = to.plusDays(1).withDayOfMonth(1);
            if (!firstMonth.isBefore(afterMonths)) {
                return new Parts(from, to, to.plusDays(1), to.plusDays(1));
            }
            return new Parts(from, to, firstMonth, afterMonths);
        }

        /** The day-row ranges: before the first whole month and after the last (or the whole period). */
        List<LocalDate[]> dayRanges() {
            List<LocalDate[]> ranges = new ArrayList<>();
            if (from.isBefore(firstMonth)) {
                ranges.add(new LocalDate[] {from, firstMonth.minusDays(1)});
            }
            if (!afterMonths.isAfter(to) && firstMonth.isBefore(afterMonths)) {
                ranges.add(new LocalDate[] {afterMonths, to});
            }
            return ranges;
        }

        List<LocalDate> days() {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate[] range : dayRanges()) {
                for (LocalDate day = range[0]; !day.isAfter(range[1]); day = day.plusDays(1)) {
                    days.add(day);
                }
            }
            return days;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public TermTickets tickets(String term, LocalDate from, LocalDate to, int page, int size) {
        // The day and month sums, a dozen rows for a year, instead of counting the term's ticket rows.
        long total = count(from, to, List.of(term)).getOrDefault(term, 0L);
        List<String> numbers = total == 0 ? List.of()
                : mapper.findTickets(term, from, to, Math.multiplyExact(page, size), size);
        return new TermTickets(numbers, total);
    }
}
