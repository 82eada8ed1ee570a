package org.hotline.telephony.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.hotline.telephony.CallRecordings;
import org.hotline.telephony.config.TelephonyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Recordings as files in {@code hotline.telephony.recordings.dir}. A call's file is the base name of the file
 * MixMonitor wrote on the Asterisk server (the Asterisk-side directory prefix dropped), so a file name from the
 * database can never point outside the directory.
 */
@Service
class FileCallRecordings implements CallRecordings {

    private static final Logger log = LoggerFactory.getLogger(FileCallRecordings.class);
    private static final String FILE_NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,200}";

    private final RecordingAccessMapper mapper;
    private final TelephonyProperties properties;
    private final Clock clock;

    @Autowired
    FileCallRecordings(RecordingAccessMapper mapper, TelephonyProperties properties) {
        this(mapper, properties, Clock.systemUTC());
    }

    FileCallRecordings(RecordingAccessMapper mapper, TelephonyProperties properties, Clock clock) {
        this.mapper = mapper;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Optional<Path> fileOf(String callId) {
        if (callId == null || callId.isBlank() || callId.length() > 64) {
            return Optional.empty();
        }
        String stored = mapper.recordingFileOf(callId);
        if (stored == null) {
            return Optional.empty();
        }
        String name = stored.substring(Math.max(stored.lastIndexOf('/'), stored.lastIndexOf('\\')) + 1);
        if (!name.matches(FILE_NAME)) {
            log.warn("call {} has an unusable recording file name", callId);
            return Optional.empty();
        }
        Path file = directory().resolve(name);
        return Files.isRegularFile(file) && Files.isReadable(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public void audit(String callId, String actor, String role, String reason) {
        require(callId, "call id", 64);
        require(actor, "actor", 64);
        require(role, "role", 32);
        if (reason != null && reason.length() > 500) {
            throw new IllegalArgumentException("a reason is at most 500 characters");
        }
        mapper.insertAccess(callId, actor, role, reason == null || reason.isBlank() ? null : reason.strip(),
                clock.instant());
        log.info("recording of call {} played by {} ({})", callId, actor, role);
    }

    @Override
    @Scheduled(cron = "${hotline.telephony.recordings.purge-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    public int purgeExpired() {
        Path directory = directory();
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(properties.getRecordings().getRetention());
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("purging recordings in " + directory, e);
        }
        if (deleted > 0) {
            log.info("purged {} recordings older than {}", deleted, properties.getRecordings().getRetention());
        }
        return deleted;
    }

    private Path directory() {
        return properties.getRecordings().getDir().toAbsolutePath().normalize();
    }

    private static void require(String value, String what, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(what + " must be 1.." + max + " characters");
        }
    }
}
