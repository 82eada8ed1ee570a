package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The console's message bundles: zh-CN and English hold the same keys, none empty; every API word the console
 * knows (statuses, actions, problem codes, …) and every literal key the modules ask for has a text.
 */
class MessageBundlesTest {

    private static final Path STATIC = Path.of("src/main/resources/static");

    @Test
    void bothLanguagesHaveTheSameNonBlankKeys() throws IOException {
        Map<String, String> zh = bundle("zh-CN");
        Map<String, String> en = bundle("en");
        assertThat(new TreeSet<>(en.keySet())).isEqualTo(new TreeSet<>(zh.keySet()));
        assertThat(zh.values()).allMatch(text -> !text.isBlank());
        assertThat(en.values()).allMatch(text -> !text.isBlank());
    }

    @Test
    void everyWordOfTheApiAndEveryKeyTheModulesUseHasAChineseText() throws IOException {
        Map<String, String> zh = bundle("zh-CN");
        String words = Files.readString(STATIC.resolve("js/words.js"));
        List<String> missing = new ArrayList<>();
        Map.ofEntries(Map.entry("STATUSES", "status."), Map.entry("TYPES", "type."), Map.entry("CHANNELS", "channel."),
                Map.entry("CLOSURES", "closure."), Map.entry("ROLES", "role."), Map.entry("AGENT_STATES", "agentState."),
                Map.entry("PROBLEM_CODES", "problem."), Map.entry("RETURN_REASONS", "returnReason."),
                Map.entry("PAUSE_REASONS", "pause."), Map.entry("EMERGENCY", "emergency."),
                Map.entry("CALLBACK_OUTCOMES", "callbackOutcome."), Map.entry("CONTACT_STATUSES", "contactStatus."),
                Map.entry("CONTACT_CLOCKS", "contactClock."), Map.entry("ESCALATION_STATUSES", "escalationStatus."),
                Map.entry("ESCALATION_TRIGGERS", "escalationTrigger."), Map.entry("ESCALATION_CARDS", "escalationCard."))
            .forEach((list, prefix) -> listed(words, list).stream().map(word -> prefix + word)
                .filter(key -> !zh.containsKey(key)).forEach(missing::add));
        Matcher timeline = Pattern.compile("TIMELINE_ACTIONS = Object.keys\\(ACTIONS\\).concat\\(\\[([^\\]]*)\\]")
            .matcher(words);
        assertThat(timeline.find()).isTrue();
        Matcher extra = Pattern.compile("'([^']+)'").matcher(timeline.group(1));
        while (extra.find()) {
            if (!zh.containsKey("action." + extra.group(1))) {
                missing.add("action." + extra.group(1));
            }
        }
        Matcher actions = Pattern.compile("^  '([a-z/-]+)': \\[", Pattern.MULTILINE).matcher(words);
        while (actions.find()) {
            if (!zh.containsKey("action." + actions.group(1))) {
                missing.add("action." + actions.group(1));
            }
        }
        try (Stream<Path> modules = Files.walk(STATIC.resolve("js"))) {
            for (Path module : modules.filter(p -> p.toString().endsWith(".js")).toList()) {
                Matcher keys = Pattern.compile("\\bt\\('([a-zA-Z]+\\.[a-zA-Z0-9.-]+)'").matcher(Files.readString(module));
                while (keys.find()) {
                    // A key ending in "." is the prefix of keys built at run time (t('agent.transferMode.' + mode)).
                    if (!keys.group(1).endsWith(".") && !zh.containsKey(keys.group(1))) {
                        missing.add(module.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theConsolesOwnCodeIsLoadedOnlyAsModulesSoEveryTextGoesThroughTheBundles() throws IOException {
        String page = Files.readString(STATIC.resolve("index.html"));
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(page);
        List<String> classic = new ArrayList<>();
        while (scripts.find()) {
            if (scripts.group(1).contains("src=\"/js/") && !scripts.group(1).contains("type=\"module\"")) {
                classic.add(scripts.group(1));
            }
        }
        assertThat(classic).isEmpty();
        try (Stream<Path> modules = Files.walk(STATIC.resolve("js"))) {
            assertThat(modules.filter(p -> p.toString().endsWith(".js"))
                .filter(p -> !p.getFileName().toString().matches("login.js|password.js|totp.js"))
                .map(MessageBundlesTest::read).filter(source -> source.contains("window.Hotline"))).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> listed(String source, String name) {
        Matcher list = Pattern.compile("export const " + name + " = \\[([^\\]]*)\\]").matcher(source);
        assertThat(list.find()).as(name).isTrue();
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("'([^']+)'").matcher(list.group(1));
        while (word.find()) {
            words.add(word.group(1));
        }
        return words;
    }

    private static Map<String, String> bundle(String language) throws IOException {
        return new ObjectMapper().readValue(STATIC.resolve("i18n/" + language + ".json").toFile(),
            new TypeReference<Map<String, String>>() { });
    }
}
