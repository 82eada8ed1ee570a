package org.hotline.console.push;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.hotline.console.security.CurrentUser;
import org.hotline.knowledge.Snippet;

/**
 * A test implementation of the {@link SuggestionProvider} port (the application's real one searches the knowledge
 * module): it really searches a small in-memory list of knowledge-base entries, scoring by the share of the typed
 * text's character bigrams found in the question, filtered by category. A test may make the search for one text
 * wait on a latch, to prove that a slow, stale answer is dropped.
 */
final class TestSuggestionProvider implements SuggestionProvider {

    record Entry(String id, String category, String question, String answer) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("QA0001", "C0101", "灵活就业人员怎么参加社保", "可通过江海人社小程序或市民中心办理参保登记。"),
            new Entry("QA0002", "C0101", "社保缴费基数怎么调整", "每年7月按上年度社会平均工资调整缴费基数。"),
            new Entry("QA0003", "C0102", "社保关系怎么转移到外地", "在转入地经办机构申请转移接续，无需回原参保地。"),
            new Entry("QA0004", "C0103", "退休后养老金什么时候发放", "养老金每月15日前发放到社保卡金融账户。"),
            new Entry("QA0005", "C0201", "住房公积金怎么提取租房", "租房提取每年一次，登录公积金网上大厅申请。"),
            new Entry("QA0006", "C0201", "公积金贷款额度怎么算", "按账户余额的15倍计算，最高不超过60万元。"),
            new Entry("QA0007", "C0301", "医保卡丢了怎么补办", "持身份证到社保卡服务网点或线上挂失补办。"),
            new Entry("QA0008", "C0301", "异地就医怎么备案", "通过国家医保服务平台或江海医保公众号办理备案。"),
            new Entry("QA0009", "C0401", "居民身份证到期怎么换领", "到户籍地派出所或异地受理点换领，现场采集照片。"),
            new Entry("QA0010", "C0501", "小区噪音扰民找谁", "夜间施工噪音由生态环境部门处理，生活噪音由公安处理。"),
            new Entry("QA0011", "C0501", "楼上装修噪音太大", "装修时间为工作日8至12时、14至18时，超时可投诉物业。"),
            new Entry("QA0012", "C0601", "路灯不亮报修", "城市照明由城管部门负责，二十四小时内修复。"));

    private final Set<String> searching = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, CountDownLatch> gates = new ConcurrentHashMap<>();

    @Override
    public List<Suggestion> suggest(CurrentUser user, String text, String category, int limit) {
        CountDownLatch gate = gates.get(text);
        if (gate != null) {
            searching.add(text);
            awaitQuietly(gate);
        }
        if (text.contains("故障")) {
            throw new IllegalStateException("search backend down");
        }
        Set<String> bigrams = bigrams(text);
        List<Suggestion> hits = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            if (category != null && !entry.category().equals(category)) {
                continue;
            }
            Set<String> found = new HashSet<>(bigrams);
            found.retainAll(bigrams(entry.question()));
            if (!found.isEmpty()) {
                double score = (double) found.size() / bigrams.size();
                String snippet = entry.answer().length() > 20 ? entry.answer().substring(0, 20) : entry.answer();
                hits.add(new Suggestion(entry.id(), entry.question(), new Snippet(snippet, List.of()), score));
            }
        }
        hits.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::entryId));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    /** The next searches for exactly this text wait until the returned latch is released. */
    CountDownLatch holdSearchesFor(String text) {
        CountDownLatch gate = new CountDownLatch(1);
        gates.put(text, gate);
        return gate;
    }

    /** Whether a search for this held text has started (and waits for its latch). */
    boolean isSearching(String text) {
        return searching.contains(text);
    }

    private static Set<String> bigrams(String text) {
        Set<String> result = new HashSet<>();
        String compact = text.replaceAll("\\s+", "");
        for (int i = 0; i + 2 <= compact.length(); i++) {
            result.add(compact.substring(i, i + 2));
        }
        if (compact.length() == 1) {
            result.add(compact);
        }
        return result;
    }

    private static void awaitQuietly(CountDownLatch gate) {
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
