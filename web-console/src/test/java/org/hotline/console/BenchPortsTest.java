package org.hotline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Benchmarks bind free ports as the tests do, so that {@code ops/bench} runs beside a running application (issue 10):
 * no benchmark of telephony or the console names the application's ports (HTTP 8080, push 8025, FastAGI 4573, AMI
 * 5038); one that starts the application does so on a random HTTP port with the {@code it} profile (push port -1,
 * FastAGI port 0) or with those settings as arguments.
 */
class BenchPortsTest {

    private static final Pattern FIXED_PORT = Pattern.compile("\\b(8080|8025|4573|5038)\\b");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void everyBenchmarkBindsFreePorts() throws IOException {
        List<Path> benches = benches();
        assertThat(benches).extracting(p -> p.getFileName().toString())
                .contains("PushRoundTripBench.java", "ScreenPopBench.java", "AmiReplayBench.java");
        for (Path bench : benches) {
            String code = COMMENT.matcher(Files.readString(bench)).replaceAll("");
            assertThat(FIXED_PORT.matcher(code).find()).as(bench + " names a fixed port").isFalse();
            if (code.contains("@SpringBootTest")) {
                assertThat(code).as(bench.toString()).containsAnyOf("WebEnvironment.RANDOM_PORT", "WebEnvironment.NONE");
                assertThat(code).as(bench + " uses the it profile (free push and FastAGI ports)")
                        .containsPattern("@ActiveProfiles\\([^)]*\"it\"");
            }
            if (code.contains("new SpringApplicationBuilder")) {
                assertThat(code).as(bench.toString()).contains("\"--server.port=0\"", "\"--hotline.push.port=-1\"")
                        .containsAnyOf("\"--hotline.fastagi.enabled=false\"", "\"--hotline.fastagi.port=0\"");
            }
        }
        String it = Files.readString(Path.of("src", "test", "resources", "application-it.yml"));
        assertThat(it).containsPattern("push:\\s*\\n\\s*port: -1").containsPattern("fastagi:\\s*\\n[^\\n]*\\n\\s*port: 0");
    }

    private static List<Path> benches() throws IOException {
        try (Stream<Path> console = Files.walk(Path.of("src", "test", "java"));
             Stream<Path> telephony = Files.walk(Path.of("..", "telephony", "src", "test", "java"))) {
            return Stream.concat(console, telephony)
                    .filter(p -> p.toString().contains("/bench/") && p.toString().endsWith("Bench.java"))
                    .toList();
        }
    }
}
