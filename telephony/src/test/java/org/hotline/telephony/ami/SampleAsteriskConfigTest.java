package org.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.asteriskjava.manager.action.ManagerAction;
import org.junit.jupiter.api.Test;

/**
 * The sample Asterisk configuration in {@code ops/asterisk} matches what the application does: the AMI user's write
 * classes cover every AMI action the application sends (as Asterisk 22 registers them), and nothing more powerful;
 * the queue records answered calls into files named by the call id; the three-way contexts exist.
 */
class SampleAsteriskConfigTest {

    /**
     * The write classes that Asterisk 22 requires of each action (any one suffices: manager.c checks
     * {@code writeperm & authority}): main/manager.c, apps/app_queue.c, apps/app_confbridge.c. The empty set is an
     * action any logged-in user may send.
     */
    private static final Map<String, Set<String>> REQUIRED = Map.ofEntries(
            Map.entry("Redirect", Set.of("call")),
            Map.entry("Atxfer", Set.of("call")),
            Map.entry("Hangup", Set.of("system", "call")),
            Map.entry("Originate", Set.of("originate")),
            Map.entry("QueueAdd", Set.of("agent")),
            Map.entry("QueueRemove", Set.of("agent")),
            Map.entry("QueuePause", Set.of("agent")),
            Map.entry("QueueStatus", Set.of()),
            Map.entry("CoreShowChannels", Set.of("system", "reporting")),
            Map.entry("ConfbridgeKick", Set.of("call")),
            // only in hotline.telephony.recordings.mode=ami, which the sample configuration does not use
            Map.entry("MixMonitor", Set.of("system")));
    private static final Set<String> OPTIONAL = Set.of("MixMonitor");
    private static final Set<String> TOO_POWERFUL = Set.of("system", "command", "config", "user", "all");

    private static final Path SAMPLE = Path.of("..", "ops", "asterisk");

    @Test
    void theAmiUserMaySendEveryActionTheApplicationSendsAndHasNoSystemRights() throws IOException {
        Map<String, String> user = section(read("manager.conf"), "hotline");
        Set<String> write = classes(user.get("write"));
        Set<String> read = classes(user.get("read"));

        assertThat(write).doesNotContainAnyElementsOf(TOO_POWERFUL);
        assertThat(read).doesNotContainAnyElementsOf(TOO_POWERFUL);
        // events: call (channels, bridges, MixMonitorStart, Confbridge*, OriginateResponse), dialplan (VarSet)
        assertThat(read).contains("call", "agent", "dialplan", "reporting");
        Set<String> sent = actionsTheApplicationSends();
        assertThat(sent).contains("Redirect", "Originate", "ConfbridgeKick", "Hangup", "QueueAdd");
        for (String action : sent) {
            assertThat(REQUIRED).as("required write class of " + action + " (add it from Asterisk 22's source)")
                    .containsKey(action);
            if (OPTIONAL.contains(action)) {
                assertThat(write).as(action).doesNotContainAnyElementsOf(REQUIRED.get(action));
                continue;
            }
            Set<String> required = REQUIRED.get(action);
            assertThat(required.isEmpty() || required.stream().anyMatch(write::contains))
                    .as(action + " needs one of " + required + ", manager.conf grants " + write).isTrue();
        }
    }

    @Test
    void theQueueRecordsEveryAnsweredCallIntoAFileNamedByTheCallId() throws IOException {
        Map<String, String> queue = section(read("queues.conf"), "hotline");
        assertThat(queue).containsEntry("monitor-format", "wav");

        String ivr = context(read("extensions.conf"), "ivr");
        int setName = ivr.indexOf("Set(MONITOR_FILENAME=${CHANNEL(linkedid)})");
        assertThat(setName).as("MONITOR_FILENAME set to the call id").isPositive();
        assertThat(ivr.indexOf("Queue(", setName)).as("before Queue()").isPositive();
    }

    @Test
    void theThreeWayContextsPutCallerStaffAndWindowIntoOneConfBridge() throws IOException {
        String extensions = read("extensions.conf");
        String caller = context(extensions, "conference");
        String staff = context(extensions, "conference-staff");

        assertThat(caller).contains("ConfBridge(${EXTEN}").contains("end_marked)=yes");
        assertThat(staff).contains("ConfBridge(${EXTEN}").contains("marked)=yes");
    }

    private static Set<String> actionsTheApplicationSends() {
        Set<String> names = new TreeSet<>();
        for (com.tngtech.archunit.core.domain.JavaClass owner : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hotline.telephony")) {
            for (Dependency dependency : owner.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getName();
                if (target.startsWith("org.asteriskjava.manager.action.")) {
                    String name = actionName(target);
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    private static String actionName(String className) {
        try {
            Class<?> type = Class.forName(className);
            if (!ManagerAction.class.isAssignableFrom(type) || type.isInterface()
                    || Modifier.isAbstract(type.getModifiers())) {
                return null;
            }
            return ((ManagerAction) type.getDeclaredConstructor().newInstance()).getAction();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className, e);
        }
    }

    private static String read(String name) throws IOException {
        return Files.readString(SAMPLE.resolve(name));
    }

    /** @return the key = value lines of an ini section, comments dropped */
    private static Map<String, String> section(String ini, String name) {
        return Arrays.stream(context(ini, name).split("\n"))
                .map(line -> line.replaceFirst(";.*", "").trim())
                .filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')).replace(">", "").trim(),
                        line -> line.substring(line.indexOf('=') + 1).trim(), (a, b) -> a + "," + b));
    }

    private static String context(String ini, String name) {
        Matcher start = Pattern.compile("(?m)^\\[" + Pattern.quote(name) + "\\]\\s*$").matcher(ini);
        assertThat(start.find()).as("[" + name + "]").isTrue();
        Matcher next = Pattern.compile("(?m)^\\[").matcher(ini);
        int end = next.find(start.end()) ? next.start() : ini.length();
        return ini.substring(start.end(), end);
    }

    private static Set<String> classes(String value) {
        assertThat(value).isNotNull();
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
