package org.hotline.console.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotline.telephony.ivr.IvrProperties;
import org.hotline.workflow.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code ops/asterisk/check-prompts} against a sounds directory built here: it checks exactly the prompts the
 * application binds from {@code application.yml}, with environment overrides, and every ticket status's prompt.
 */
class CheckPromptsScriptTest {

    private static final Path SCRIPT = Path.of("..", "ops", "asterisk", "check-prompts");

    @TempDir
    Path sounds;

    @Test
    void everyConfiguredPromptPresentPassesAndAMissingOneIsNamedWithItsKey() throws Exception {
        IvrProperties.Prompts prompts = configuredPrompts();
        for (String name : plainPrompts(prompts).values()) {
            touch(sounds.resolve("en").resolve(name + ".gsm"));
        }
        for (TicketStatus status : TicketStatus.values()) {
            touch(sounds.resolve(prompts.getStatusPrefix() + TelephonyTicketPorts.promptKey(status) + ".wav"));
        }

        Result all = run(Map.of());
        assertThat(all.exit()).as(all.output()).isZero();
        assertThat(all.output()).as("every prompt property is configured in application.yml, where the script reads it")
            .contains("all " + (plainPrompts(prompts).size() + TicketStatus.values().length) + " prompts present");

        Files.delete(sounds.resolve("en").resolve(prompts.getWelcome() + ".gsm"));
        Result missing = run(Map.of());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.output()).contains("missing: " + prompts.getWelcome() + " (hotline.ivr.prompts.welcome")
            .contains("1 of ");
    }

    @Test
    void anEnvironmentOverrideIsCheckedInsteadOfTheConfiguredPrompt() throws Exception {
        IvrProperties.Prompts prompts = configuredPrompts();
        for (String name : plainPrompts(prompts).values()) {
            touch(sounds.resolve(name + ".ulaw"));
        }
        for (TicketStatus status : TicketStatus.values()) {
            touch(sounds.resolve("en").resolve(prompts.getStatusPrefix() + TelephonyTicketPorts.promptKey(status)
                + ".sln16"));
        }

        Result overridden = run(Map.of("HOTLINE_IVR_PROMPTS_SURVEY_THANKS", "hotline/survey-thanks"));

        assertThat(overridden.exit()).isEqualTo(1);
        assertThat(overridden.output()).contains("missing: hotline/survey-thanks (hotline.ivr.prompts.survey-thanks");
        assertThat(run(Map.of()).exit()).isZero();
    }

    @Test
    void theScriptKnowsEveryTicketStatusPromptTheApplicationPlays() throws IOException {
        Matcher line = Pattern.compile("(?m)^statuses=\"([^\"]*)\"").matcher(Files.readString(SCRIPT));
        assertThat(line.find()).isTrue();
        assertThat(Arrays.asList(line.group(1).split(" "))).containsExactlyInAnyOrderElementsOf(
            Arrays.stream(TicketStatus.values()).map(TelephonyTicketPorts::promptKey).toList());
    }

    @Test
    void aMissingSoundsDirectoryIsAUsageError() throws Exception {
        Result result = run(Map.of(), "-d", sounds.resolve("nowhere").toString());
        assertThat(result.exit()).isEqualTo(2);
    }

    private static IvrProperties.Prompts configuredPrompts() throws IOException {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader()
            .load("application.yml", new ClassPathResource("application.yml"));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(documents.get(0));
        return new Binder(ConfigurationPropertySources.get(environment))
            .bind("hotline.ivr", IvrProperties.class).get().getPrompts();
    }

    /** Every prompt property but the status prefix, found by its getter so that a new prompt is checked too. */
    private static Map<String, String> plainPrompts(IvrProperties.Prompts prompts) throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        for (java.lang.reflect.Method getter : IvrProperties.Prompts.class.getMethods()) {
            if (getter.getName().startsWith("get") && getter.getReturnType() == String.class
                    && getter.getParameterCount() == 0 && !getter.getName().equals("getStatusPrefix")) {
                names.put(getter.getName(), (String) getter.invoke(prompts));
            }
        }
        return names;
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1});
    }

    private record Result(int exit, String output) {
    }

    private Result run(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(arguments.length == 0 ? List.of("-d", sounds.toString()) : List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("HOTLINE_IVR_PROMPTS_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
