package org.hotline.telephony.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hotline.telephony.config.TelephonyProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCallRecordingsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:30:00Z");

    @TempDir
    Path dir;
    private final Map<String, String> files = new java.util.HashMap<>();
    private final List<String> audits = new ArrayList<>();
    private FileCallRecordings recordings;

    @BeforeEach
    void recordings() {
        TelephonyProperties properties = new TelephonyProperties();
        properties.getRecordings().setDir(dir);
        properties.getRecordings().setRetention(Duration.ofDays(180));
        RecordingAccessMapper mapper = new RecordingAccessMapper() {
            @Override
            public String recordingFileOf(String callId) {
                return files.get(callId);
            }

            @Override
            public int insertAccess(String callId, String actor, String role, String reason, Instant accessedAt) {
                audits.add(callId + "|" + actor + "|" + role + "|" + reason + "|" + accessedAt);
                return 1;
            }
        };
        recordings = new FileCallRecordings(mapper, properties, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void purgesOnlyRecordingsOlderThanTheRetention() throws IOException {
        Path old = recording("1795390263.0.wav", NOW.minus(Duration.ofDays(181)));
        Path young = recording("1795390299.0.wav", NOW.minus(Duration.ofDays(179)));

        assertThat(recordings.purgeExpired()).isEqualTo(1);

        assertThat(old).doesNotExist();
        assertThat(young).exists();
        assertThat(recordings.purgeExpired()).isZero();
    }

    @Test
    void aCallsFileIsFoundByItsBaseNameInTheRecordingsDirectoryOnly() throws IOException {
        Path file = recording("1795390263.0.wav", NOW);
        files.put("1795390263.0", "/var/spool/asterisk/monitor/1795390263.0.wav");
        files.put("evil", "../../etc/passwd");
        files.put("gone", "1795390000.0.wav");

        assertThat(recordings.fileOf("1795390263.0")).contains(file);
        assertThat(recordings.fileOf("evil")).isEmpty();
        assertThat(recordings.fileOf("gone")).isEmpty();
        assertThat(recordings.fileOf("unknown")).isEmpty();
    }

    @Test
    void everyPlaybackIsAuditedWithItsReason() {
        recordings.audit("1795390263.0", "dept-gjj", "DEPARTMENT", "  核实办理情况 ");

        assertThat(audits).containsExactly("1795390263.0|dept-gjj|DEPARTMENT|核实办理情况|" + NOW);
        assertThatThrownBy(() -> recordings.audit("1795390263.0", " ", "AGENT", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> recordings.audit("1795390263.0", "a", "AGENT", "x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Path recording(String name, Instant modified) throws IOException {
        Path file = Files.write(dir.resolve(name), new byte[] {82, 73, 70, 70});
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
